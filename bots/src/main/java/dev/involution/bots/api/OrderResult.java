package dev.involution.bots.api;

import java.util.List;

/**
 * The answer to an accepted order: its id, whether it is {@code FILLED}, {@code PARTIALLY_FILLED}
 * (the rest rests in the book) or {@code RESTING}, the trades it made at once, the quantity left and
 * the quantity placed ({@code quantity}: less than asked for an order that asked to be fitted).
 */
public record OrderResult(long orderId, String status, List<Trade> fills, long restingQuantity, long quantity) {
}
