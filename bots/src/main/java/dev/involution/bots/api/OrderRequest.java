package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A limit order for compute: {@code price} in cents per unit, {@code quantity} in units. The
 * optional {@code clientOrderId} makes a retry safe: the same id returns the original result while
 * the match remembers it (the current and the previous round). The optional {@code round} is the
 * round the order is meant for: an order that arrives after that round is over is refused and never
 * placed, so a late retry cannot place it twice.
 */
public record OrderRequest(@JsonProperty(required = true) Side side,
                           @JsonProperty(required = true) long price,
                           @JsonProperty(required = true) long quantity,
                           String clientOrderId,
                           Integer round) {

    /** An order for whatever round is open when it arrives. */
    public OrderRequest(Side side, long price, long quantity, String clientOrderId) {
        this(side, price, quantity, clientOrderId, null);
    }
}
