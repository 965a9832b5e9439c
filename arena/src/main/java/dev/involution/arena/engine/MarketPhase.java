package dev.involution.arena.engine;

/** Where a match's market is in its life: seats filling, rounds being played, or over. */
public enum MarketPhase {
    LOBBY,
    RUNNING,
    FINISHED
}
