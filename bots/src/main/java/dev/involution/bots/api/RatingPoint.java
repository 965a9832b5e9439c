package dev.involution.bots.api;

/** A rating after a ladder match: when it was recorded (epoch ms), the match, its place in it and the new Weng-Lin rating. */
public record RatingPoint(long at, String matchId, int rank, double mu, double sigma, double rating) {
}
