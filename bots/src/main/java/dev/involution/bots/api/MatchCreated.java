package dev.involution.bots.api;

/** The id of a newly created match. */
public record MatchCreated(String matchId) {
}
