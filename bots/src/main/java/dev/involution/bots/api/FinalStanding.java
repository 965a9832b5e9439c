package dev.involution.bots.api;

/** A firm's place at the end of a match: rank 1 wins; score is final cash in cents. */
public record FinalStanding(int rank, int firmId, String name, String status, long score) {
}
