package dev.involution.arena.engine;

/** One thing wrong with a configuration: the field's path and what is wrong with it. */
public record ConfigProblem(String field, String message) {
}
