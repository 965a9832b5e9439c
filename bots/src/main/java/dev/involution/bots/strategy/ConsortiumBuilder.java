package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;
import java.util.List;

/**
 * The consortium builder: joins the research consortium and invests steadily in R&amp;D, sharing its
 * results with the other members. It also uses the consortium to soften competition: it prices at
 * the members' mean price of last round plus a few percent (never under its cost-plus price, never
 * over three times the competitive level), so the members' prices drift up together unless a
 * regulator caps them. Careful with safety. Under the classic rules it plays as a cost-plus firm.
 */
public final class ConsortiumBuilder implements Strategy {
    /** How much over the members' mean price it goes each round. */
    static final double DRIFT = 0.08;
    private final long rndPerRound;

    public ConsortiumBuilder() {
        this(150_000);
    }

    public ConsortiumBuilder(long rndPerRound) {
        this.rndPerRound = rndPerRound;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long fair = Math.max(1, Math.round(Compute.costPerUser(market, unit) * 1.5));
        long rnd = me.cash() > 10 * rndPerRound ? rndPerRound : rndPerRound / 4;
        if (!Remedy.on(market)) {
            return new Plan(new Decisions(fair, 0, rnd), Compute.bid(market, me, 0.15, 0, unit * 3 / 2, rnd));
        }
        List<Long> members = Remedy.memberPrices(market, me);
        long price = fair;
        if (!members.isEmpty()) {
            double mean = (me.decisions().price() + members.stream().mapToLong(Long::longValue).sum())
                    / (double) (members.size() + 1);
            long ceiling = Math.round(3 * market.remedies().competitivePrice());
            price = Math.max(fair, Math.min(ceiling, Math.round(mean * (1 + DRIFT))));
        }
        Decisions d = new Decisions(price, 0, rnd).withRemedies("NONE", 0, -1, 0L, true, Remedy.carefulSafety(me));
        return new Plan(d, Compute.bid(market, me, 0.15, 0, unit * 3 / 2, rnd));
    }
}
