package dev.involution.arena.engine.simulation;

/** A seat of a simulated match: the firm's name and the agent that plays it. */
public record Seat(String name, FirmAgent agent) {
}
