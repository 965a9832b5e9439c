package dev.involution.bots.api.stream;

import java.util.List;

/**
 * {@code round-opened}: round {@code round} is open until {@code deadline} (epoch ms) at the latest;
 * the compute farms' asks, cheapest first.
 */
public record RoundOpenedEvent(long seq, long at, int round, long deadline, List<FarmAsk> asks) {

    /** One of the farms' asks: cents per unit and units. */
    public record FarmAsk(long price, long quantity) {
    }
}
