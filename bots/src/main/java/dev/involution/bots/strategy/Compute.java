package dev.involution.bots.strategy;

import dev.involution.bots.api.FirmRound;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.api.Side;
import java.util.List;

/** What the built-in strategies share: buying this round's compute, and reading the last round. */
final class Compute {
    private Compute() {
    }

    /** The cheapest compute on offer now, or the farms' base price when the book is empty. */
    static long unitPrice(MarketView market) {
        return market.bestAsk() != null ? market.bestAsk() : market.baseComputeCost();
    }

    /**
     * One bid for enough units to serve the firm's users times {@code 1 + headroom}, at most
     * {@code maxUnitPrice} per unit, and no more than the cash left after {@code keepCash}.
     */
    static List<OrderRequest> bid(MarketView market, OwnFirm me, double headroom, long maxUnitPrice, long keepCash) {
        return bid(market, me, headroom, 0, maxUnitPrice, keepCash);
    }

    /** As {@link #bid(MarketView, OwnFirm, double, long, long)}, plus {@code extraUnits} (to train a model). */
    static List<OrderRequest> bid(MarketView market, OwnFirm me, double headroom, long extraUnits, long maxUnitPrice,
                                  long keepCash) {
        long wanted = (long) Math.ceil(me.users() * (1 + headroom) / market.usersPerUnit()) + 1 + extraUnits;
        long limit = Math.max(1, maxUnitPrice);
        long affordable = Math.max(0, me.cash() - me.reservedCash() - keepCash) / limit;
        long quantity = Math.min(wanted, affordable);
        return quantity > 0 ? List.of(new OrderRequest(Side.BUY, limit, quantity, null)) : List.of();
    }

    /** Compute cost per user at the given unit price, in cents, rounded up. */
    static long costPerUser(MarketView market, long unitPrice) {
        return (unitPrice + market.usersPerUnit() - 1) / market.usersPerUnit();
    }

    /** Lowest price another active firm posted last round, or {@code fallback} before the first round. */
    static long lowestRivalPrice(MarketView market, OwnFirm me, long fallback) {
        long lowest = Long.MAX_VALUE;
        for (FirmRound f : rivals(market, me)) {
            lowest = Math.min(lowest, f.price());
        }
        return lowest == Long.MAX_VALUE ? fallback : lowest;
    }

    /** Highest bounty another active firm posted last round, 0 before the first round. */
    static long highestRivalBounty(MarketView market, OwnFirm me) {
        long highest = 0;
        for (FirmRound f : rivals(market, me)) {
            highest = Math.max(highest, f.bounty());
        }
        return highest;
    }

    static List<FirmRound> rivals(MarketView market, OwnFirm me) {
        if (market.lastRound() == null) {
            return List.of();
        }
        return market.lastRound().firms().stream()
                .filter(f -> f.firmId() != me.firmId() && "ACTIVE".equals(f.status()))
                .toList();
    }
}
