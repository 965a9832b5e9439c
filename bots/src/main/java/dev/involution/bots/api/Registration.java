package dev.involution.bots.api;

/**
 * The answer to {@code POST /api/players}: the new player's id and its bearer token. The token is
 * shown only this once; keep it to play again under the same name.
 */
public record Registration(String playerId, String token) {
}
