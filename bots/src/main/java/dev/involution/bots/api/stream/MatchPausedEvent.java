package dev.involution.bots.api.stream;

/** {@code match-paused}: the clock stopped with {@code remainingMillis} left in the round; trading waits. */
public record MatchPausedEvent(long seq, long at, long remainingMillis) {
}
