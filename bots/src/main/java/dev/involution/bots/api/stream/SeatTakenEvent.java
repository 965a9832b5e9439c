package dev.involution.bots.api.stream;

/** {@code seat-taken}: a player or house bot took a seat; its firm id is {@code holder.firmId()}. */
public record SeatTakenEvent(long seq, long at, Seat holder) {
}
