package dev.involution.arena.match;

/** A match's lifecycle: OPEN (lobby) -> RUNNING (<-> PAUSED) -> FINISHED. */
public enum MatchStatus {
    OPEN,
    RUNNING,
    PAUSED,
    FINISHED
}
