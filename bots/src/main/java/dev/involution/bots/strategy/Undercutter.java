package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * The price warrior: posts one cent under the cheapest rival, down to {@code floorShare} of its
 * own compute cost per user, and buys compute for the users it expects to win. No giveaways, no R&amp;D.
 */
public final class Undercutter implements Strategy {
    private final double floorShare;

    public Undercutter() {
        this(0.9);
    }

    public Undercutter(double floorShare) {
        this.floorShare = floorShare;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long cost = Compute.costPerUser(market, unit);
        long floor = Math.max(1, (long) Math.floor(cost * floorShare));
        long price = Math.max(floor, Compute.lowestRivalPrice(market, me, me.decisions().price()) - 1);
        return new Plan(new Decisions(price, 0, 0), Compute.bid(market, me, 0.3, unit * 3 / 2, 0));
    }
}
