package dev.involution.bots.api;

/**
 * A limit order for compute: {@code price} in cents per unit, {@code quantity} in units. The
 * optional {@code clientOrderId} makes a retry safe: the same id returns the original result.
 */
public record OrderRequest(Side side, long price, long quantity, String clientOrderId) {
}
