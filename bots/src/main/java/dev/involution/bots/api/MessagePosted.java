package dev.involution.bots.api;

/** A broadcast message, now in the match's history (and on its stream) as event {@code seq}. */
public record MessagePosted(String matchId, long seq) {
}
