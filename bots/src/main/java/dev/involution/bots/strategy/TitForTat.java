package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * Cooperates until provoked: starts as a cost-plus firm with no giveaways; when a rival priced
 * under it or handed out giveaways last round, it matches the lowest price and the highest bounty;
 * when the rivals return to peace, so does it.
 */
public final class TitForTat implements Strategy {
    private final double markup;

    public TitForTat() {
        this(0.5);
    }

    public TitForTat(double markup) {
        this.markup = markup;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long fair = Math.max(1, Math.round(Compute.costPerUser(market, unit) * (1 + markup)));
        long lowest = Compute.lowestRivalPrice(market, me, fair);
        long bounty = Compute.highestRivalBounty(market, me);
        boolean provoked = lowest < fair || bounty > 0;
        long price = provoked ? Math.max(1, lowest) : fair;
        return new Plan(new Decisions(price, provoked ? bounty : 0, 20_000),
                Compute.bid(market, me, provoked ? 0.3 : 0.15, unit * 3 / 2, 20_000));
    }
}
