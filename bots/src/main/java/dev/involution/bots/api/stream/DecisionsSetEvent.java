package dev.involution.bots.api.stream;

import dev.involution.bots.api.Decisions;

/** {@code decisions-set}: firm {@code firmId} posted these decisions for the current round. */
public record DecisionsSetEvent(long seq, long at, int firmId, Decisions decisions) {
}
