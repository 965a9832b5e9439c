package dev.involution.bots.api;

/** The body of {@code POST /api/players}: a name of 1 to 32 characters. */
public record RegisterPlayer(String name) {
}
