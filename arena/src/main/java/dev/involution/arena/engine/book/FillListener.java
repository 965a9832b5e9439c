package dev.involution.arena.engine.book;

/**
 * Receives each trade an incoming order makes, in execution order. Primitive arguments only: the
 * order path must not allocate. The trade price is always the resting (maker) order's price.
 */
@FunctionalInterface
public interface FillListener {
    void onFill(long makerOrderId, int makerOwner, long takerOrderId, int takerOwner, Side takerSide,
                long price, long quantity);

    FillListener IGNORE = (makerOrderId, makerOwner, takerOrderId, takerOwner, takerSide, price, quantity) -> { };
}
