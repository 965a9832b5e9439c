package dev.involution.arena.tournament;

/** How a seat of a played match ended: its firm's place (1 wins), final cash in cents and whether it went bankrupt. */
public record SeatResult(int firmId, int rank, long score, boolean bankrupt) {
}
