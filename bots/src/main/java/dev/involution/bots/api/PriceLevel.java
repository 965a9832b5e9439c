package dev.involution.bots.api;

/** One price level of the book: total units resting at {@code price} and how many orders. */
public record PriceLevel(long price, long quantity, int orders) {
}
