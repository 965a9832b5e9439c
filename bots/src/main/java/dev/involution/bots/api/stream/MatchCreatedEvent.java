package dev.involution.bots.api.stream;

/** {@code match-created}, always event 1: the match's id and settings. */
public record MatchCreatedEvent(long seq, long at, String matchId, MatchSettings settings) {
}
