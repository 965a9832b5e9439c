package dev.involution.arena.engine.book;

/** The side of a compute order: a bid to buy units or an ask to sell them. */
public enum Side {
    BUY,
    SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
