package dev.involution.arena.tournament;

/** One rated seat of a played match, as a leaderboard counts it. */
public record Placing(String id, String name, String kind, int rank, long score) {
}
