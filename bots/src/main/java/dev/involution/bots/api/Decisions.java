package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A firm's posted decisions for the current round, all in cents: {@code price} per user per round,
 * {@code bounty} paid once per newly acquired user (the giveaway), {@code rnd} spent on R&amp;D
 * this round.
 */
public record Decisions(@JsonProperty(required = true) long price,
                        @JsonProperty(required = true) long bounty,
                        @JsonProperty(required = true) long rnd) {
}
