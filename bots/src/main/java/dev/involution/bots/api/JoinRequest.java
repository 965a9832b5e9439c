package dev.involution.bots.api;

/** Optional body of a join: the firm's name in this match (defaults to the player's name). */
public record JoinRequest(String name) {
}
