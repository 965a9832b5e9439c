package dev.involution.arena.match;

/** Who plays a seat: a registered player (in the browser or through the API) or a built-in house bot. */
public enum SeatKind {
    PLAYER,
    HOUSE
}
