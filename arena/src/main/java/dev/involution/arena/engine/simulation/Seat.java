package dev.involution.arena.engine.simulation;

/**
 * A seat of a simulated match: the firm's name, the agent that plays it, and its starting cash in
 * cents (0 for the configuration's default).
 */
public record Seat(String name, FirmAgent agent, long startCash) {

    public Seat(String name, FirmAgent agent) {
        this(name, agent, 0);
    }
}
