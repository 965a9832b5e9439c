package dev.involution.arena.engine;

/**
 * Hard bounds on numbers entering the engine. They keep every product of price and quantity, and
 * every sum of them over a match, far inside the range of a {@code long}.
 */
public final class Limits {
    /** Largest price of one compute unit, in cents (10 million dollars). */
    public static final long MAX_PRICE = 1_000_000_000L;
    /** Largest quantity of one order, in units. MAX_PRICE x MAX_QUANTITY = 1e18 < Long.MAX_VALUE. */
    public static final long MAX_QUANTITY = 1_000_000_000L;
    /** Largest posted price, in cents per user per round. */
    public static final long MAX_POSTED_PRICE = 100_000L;
    /** Largest giveaway bounty, in cents per newly acquired user. */
    public static final long MAX_BOUNTY = 100_000L;
    /** Largest R&D spend, in cents per round. */
    public static final long MAX_RND = 1_000_000_000_000L;

    private Limits() {
    }
}
