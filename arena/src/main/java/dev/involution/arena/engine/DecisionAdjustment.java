package dev.involution.arena.engine;

import dev.involution.arena.engine.regulator.Intervention;

/**
 * One part of a firm's decisions that a rule of the regulator changed: the {@code field}
 * ({@code price} or {@code bounty}), the value asked for, the value that applies instead and the
 * intervention whose rule decided it (its kind, terms, reason and last round).
 */
public record DecisionAdjustment(String field, long requested, long applied, Intervention rule) {
}
