package dev.involution.bots.api.stream;

/** Who holds a seat: its firm id and name, kind {@code PLAYER} or {@code HOUSE}, a house bot's strategy. */
public record Seat(int firmId, String name, String kind, String strategy) {
}
