package dev.involution.bots.api;

import java.util.List;

/**
 * The answer to an accepted order: its id, whether it is {@code FILLED}, {@code PARTIALLY_FILLED}
 * (the rest rests in the book) or {@code RESTING}, the trades it made at once and the quantity left.
 */
public record OrderResult(long orderId, String status, List<Trade> fills, long restingQuantity) {
}
