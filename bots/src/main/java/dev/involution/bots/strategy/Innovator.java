package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * The builder: stays out of the price and giveaway war, prices at compute cost plus a healthy
 * markup that rises with its quality, and puts a steady budget into R&amp;D every round while it
 * can afford it, betting that quality wins users for good.
 */
public final class Innovator implements Strategy {
    private final long rndPerRound;
    private final double markup;

    public Innovator() {
        this(400_000, 0.8);
    }

    public Innovator(long rndPerRound, double markup) {
        this.rndPerRound = rndPerRound;
        this.markup = markup;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long cost = Compute.costPerUser(market, unit);
        long price = Math.max(1, Math.round(cost * (1 + markup) * Math.max(1.0, me.quality())));
        long reserve = 10L * rndPerRound;
        long rnd = me.cash() > reserve ? rndPerRound : me.cash() > rndPerRound * 2 ? rndPerRound / 4 : 0;
        return new Plan(new Decisions(price, 0, rnd), Compute.bid(market, me, 0.15, price * market.usersPerUnit(), rnd));
    }
}
