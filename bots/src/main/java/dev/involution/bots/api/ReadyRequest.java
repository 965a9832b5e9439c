package dev.involution.bots.api;

/**
 * Says the firm is done with a round of a lockstep match (or ready for a scheduled match to
 * begin); {@code round}, optional, names the round meant, so a late ready cannot end the next one.
 */
public record ReadyRequest(Integer round) {
}
