package dev.involution.bots.api;

/** A firm's order resting in the book: what is left of it. */
public record OpenOrder(long orderId, Side side, long price, long remainingQuantity) {
}
