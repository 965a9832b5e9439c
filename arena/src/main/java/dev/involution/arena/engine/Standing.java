package dev.involution.arena.engine;

/** A firm's place at the end of a match: 1 is the winner. Score is final cash in cents. */
public record Standing(int rank, int firmId, String name, FirmStatus status, long score, int exitRound) {
}
