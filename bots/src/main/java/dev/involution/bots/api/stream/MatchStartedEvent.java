package dev.involution.bots.api.stream;

/** {@code match-started}: round 1 is open until {@code deadline} (epoch ms). */
public record MatchStartedEvent(long seq, long at, long deadline) {
}
