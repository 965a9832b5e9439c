package dev.involution.bots.api;

import java.util.List;

/** The compute order book by price level, best first on each side, as of stream sequence {@code seq}. */
public record BookDepth(String matchId, int round, long seq, List<PriceLevel> bids, List<PriceLevel> asks) {
}
