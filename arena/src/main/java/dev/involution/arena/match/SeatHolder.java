package dev.involution.arena.match;

/**
 * Who holds a firm's seat. House bots have no player id; {@code strategy} names their built-in
 * strategy and is null for players.
 */
public record SeatHolder(int firmId, String playerId, String name, SeatKind kind, String strategy) {
}
