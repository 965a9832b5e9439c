package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

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
        long unitPrice = Compute.unitPrice(market);
        // Bid up to the unit price at which this markup would still break even, less a safety margin.
        long limit = Math.round(unitPrice * (1 + markup * 0.6));
        long price = Math.max(1, Math.round(unitPrice * (1 + markup) / market.usersPerUnit()));
        return new Plan(new Decisions(price, 0, rndPerRound), Compute.bid(market, me, growthMargin, limit, rndPerRound));
    }
}
