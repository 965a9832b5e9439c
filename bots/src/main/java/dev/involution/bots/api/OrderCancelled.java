package dev.involution.bots.api;

/** A cancelled order; what was left of it is gone from the book and its cash or capacity released. */
public record OrderCancelled(long orderId, String status) {
}
