package dev.involution.bots.api;

/**
 * A firm's posted decisions for the current round, all in cents: {@code price} per user per round,
 * {@code bounty} paid once per newly acquired user (the giveaway), {@code rnd} spent on R&amp;D
 * this round.
 */
public record Decisions(long price, long bounty, long rnd) {
}
