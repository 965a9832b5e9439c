package dev.involution.bots.api.stream;

/** {@code order-cancelled}: firm {@code firmId} cancelled what was left of order {@code orderId}. */
public record OrderCancelledEvent(long seq, long at, int firmId, long orderId) {
}
