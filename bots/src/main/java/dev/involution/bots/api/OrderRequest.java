package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A limit order for compute: {@code price} in cents per unit, {@code quantity} in units. The
 * optional {@code clientOrderId} makes a retry safe: the same id returns the original result.
 */
public record OrderRequest(@JsonProperty(required = true) Side side,
                           @JsonProperty(required = true) long price,
                           @JsonProperty(required = true) long quantity,
                           String clientOrderId) {
}
