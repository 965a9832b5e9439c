package dev.involution.arena.engine.book;

import dev.involution.arena.engine.ResultCode;

/**
 * The live compute limit order book of one match: price-time priority, trades at the resting
 * order's price, no self-trade. Owners are firm indexes ({@code >= 0}) or {@link #FARM} for the
 * compute farms. Cash and holdings are checked by the caller before {@link #place}; the book checks
 * only what it can see (shape of the order, duplicate id, self-trade, ownership on cancel).
 *
 * <p>Every rejection leaves the book unchanged. Two implementations exist: {@link ReferenceOrderBook}
 * (sorted maps, obviously right) and {@link FastOrderBook} (no boxing, pre-sized); a contract test
 * holds them to the same state hash after every command.
 */
public interface OrderBook {
    /** Owner id of the compute farms' supply ladder. */
    int FARM = -1;

    /**
     * Places a limit order. It first trades against the opposite side while prices cross (each
     * trade reported to {@code fills}), then any remainder rests. Rejected whole, with no state
     * change, if the shape is invalid, the id is taken, or it would trade with its owner's own
     * resting order.
     */
    ResultCode place(long orderId, int owner, Side side, long price, long quantity, FillListener fills);

    /** Cancels a resting order of {@code owner}; reports it to {@code removed} before removing it. */
    ResultCode cancel(long orderId, int owner, OrderVisitor removed);

    /** Looks up a resting order; returns false if there is none with this id. */
    boolean lookup(long orderId, OrderVisitor visitor);

    /** Removes every resting order (round end), reporting each to {@code removed} in priority order. */
    void expireAll(OrderVisitor removed);

    /** Walks all resting orders: bids best first (price desc, then time), then asks best first. */
    void forEachOrder(OrderVisitor visitor);

    /**
     * Walks the aggregated price levels of one side, best first: at most {@code maxLevels} levels, each
     * with its price, total remaining units and number of resting orders.
     */
    void depth(Side side, int maxLevels, LevelVisitor visitor);

    /** Best bid price, or 0 when there is no bid. */
    long bestBid();

    /** Best ask price, or {@link Long#MAX_VALUE} when there is no ask. */
    long bestAsk();

    /** Number of resting orders. */
    int size();

    /** Hash of the resting orders in priority order; equal books have equal hashes. */
    default long stateHash() {
        long[] h = {0x9E3779B97F4A7C15L};
        forEachOrder((orderId, owner, side, price, remaining) -> {
            long x = h[0];
            x = mix(x ^ orderId);
            x = mix(x ^ owner);
            x = mix(x ^ side.ordinal());
            x = mix(x ^ price);
            x = mix(x ^ remaining);
            h[0] = x;
        });
        return h[0];
    }

    /** A 64-bit finalizer (SplitMix64), used to build state hashes. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
