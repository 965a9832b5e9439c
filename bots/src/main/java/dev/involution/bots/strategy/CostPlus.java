package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.api.Side;
import java.util.List;

/**
 * The steady firm: buys compute for its users plus a growth margin at the going price, and prices
 * its service at its compute cost per user plus a fixed markup. No giveaways; a modest R&amp;D
 * budget to keep its quality from decaying.
 */
public final class CostPlus implements Strategy {
    private final double markup;
    private final double growthMargin;
    private final long rndPerRound;

    public CostPlus() {
        this(0.5, 0.15, 40_000);
    }

    public CostPlus(double markup, double growthMargin, long rndPerRound) {
        this.markup = markup;
        this.growthMargin = growthMargin;
        this.rndPerRound = rndPerRound;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unitPrice = market.bestAsk() != null ? market.bestAsk() : market.baseComputeCost();
        // Bid up to the unit price at which this markup would still break even, less a safety margin.
        long limit = Math.round(unitPrice * (1 + markup * 0.6));
        long wanted = (long) Math.ceil(me.users() * (1 + growthMargin) / market.usersPerUnit()) + 1;
        long affordable = Math.max(0, me.cash() - me.reservedCash() - rndPerRound) / limit;
        long quantity = Math.min(wanted, affordable);
        long price = Math.max(1, Math.round(unitPrice * (1 + markup) / market.usersPerUnit()));
        List<OrderRequest> orders = quantity > 0
                ? List.of(new OrderRequest(Side.BUY, limit, quantity, null))
                : List.of();
        return new Plan(new Decisions(price, 0, rndPerRound), orders);
    }
}
