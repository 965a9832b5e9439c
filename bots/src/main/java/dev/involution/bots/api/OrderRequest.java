package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A limit order for compute: {@code price} in cents per unit, {@code quantity} in units. The
 * optional {@code clientOrderId} makes a retry safe: the same id returns the original result while
 * the match remembers it (the current and the previous round). The optional {@code round} is the
 * round the order is meant for: an order that arrives after that round is over is refused and never
 * placed, so a late retry cannot place it twice. With {@code fit} true the quantity is cut down to
 * what a market-share cap and the free cash (a bid) or free capacity (an ask) allow, instead of the
 * order being refused (left out or false: refused).
 */
public record OrderRequest(@JsonProperty(required = true) Side side,
                           @JsonProperty(required = true) long price,
                           @JsonProperty(required = true) long quantity,
                           String clientOrderId,
                           Integer round,
                           Boolean fit) {

    /** An order for whatever round is open when it arrives, refused (not fitted) when the firm cannot afford it all. */
    public OrderRequest(Side side, long price, long quantity, String clientOrderId) {
        this(side, price, quantity, clientOrderId, null, null);
    }

    /** Whether the order asks to be fitted to what the firm may buy or sell. */
    public boolean fitted() {
        return Boolean.TRUE.equals(fit);
    }
}
