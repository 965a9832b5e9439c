package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * The safety skimper: a lean cost-plus firm with a thin markup that spends nothing on safety, so it
 * can undercut careful firms, and lets incidents happen.
 */
public final class SafetySkimper implements Strategy {

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long price = Math.max(1, Math.round(Compute.costPerUser(market, unit) * 1.3));
        Decisions d = new Decisions(price, 0, 20_000);
        if (Remedy.on(market)) {
            d = d.withRemedies("NONE", 0, -1, 0L, false, 0L);
        }
        return new Plan(d, Compute.bid(market, me, 0.2, 0, unit * 3 / 2, 20_000));
    }
}
