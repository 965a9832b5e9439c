package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * A degenerate baseline: a cost-plus firm that, for one round ({@code shockRound}), raises its
 * price tenfold to harvest its loyal users. It exists to show that the shock does not pay: loyal
 * users react to it and leave.
 */
public final class PriceGouger implements Strategy {
    private final CostPlus plain = new CostPlus();
    private final int shockRound;

    public PriceGouger() {
        this(10);
    }

    public PriceGouger(int shockRound) {
        this.shockRound = shockRound;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        Plan plan = plain.plan(market, me);
        if (market.round() != shockRound) {
            return plan;
        }
        Decisions d = plan.decisions();
        return new Plan(new Decisions(d.price() * 10, d.bounty(), d.rnd()), plan.orders());
    }
}
