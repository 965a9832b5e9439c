package dev.involution.bots.api;

/** The seat a player holds in a match: its firm id. */
public record SeatJoined(String matchId, int firmId) {
}
