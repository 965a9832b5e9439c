package dev.involution.bots.api.stream;

/** {@code match-resumed}: the round goes on until {@code deadline} (epoch ms). */
public record MatchResumedEvent(long seq, long at, long deadline) {
}
