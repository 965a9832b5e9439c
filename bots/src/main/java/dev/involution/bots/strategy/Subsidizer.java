package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * The giveaway warrior: escalates its bounty every round by {@code escalation} (at least one cent
 * more than the most generous rival) and shaves its price under the market, buying compute for the
 * growth it expects (the more cash it has, the more compute it locks up, squeezing rivals out of
 * the book), down to 70% of its compute cost per user. It burns cash to win users; only a
 * cap stops it, or its cash running low, when it retreats to a price over cost and no giveaways.
 */
public final class Subsidizer implements Strategy {
    /** Below this much cash even a subsidizer halves its bounty each round. */
    static final long LOW_CASH = 2_000_000;
    /** With more cash than this a subsidizer sells at half its compute cost and spends on R&amp;D to buy the market. */
    static final long DEEP_POCKETS = 30_000_000;
    static final long DEEP_POCKETS_RND = 300_000;
    /** A deep-pocketed subsidizer with this share of users stops buying them and harvests. */
    static final double DOMINANT_SHARE = 0.55;
    /** A bounty is worth paying for at most this many rounds of a user's compute cost. */
    static final long PAYBACK_ROUNDS = 6;
    private final long startBounty;
    private final double escalation;
    private final long maxBounty;

    public Subsidizer() {
        this(10, 0.15, 200);
    }

    public Subsidizer(long startBounty, double escalation, long maxBounty) {
        this.startBounty = startBounty;
        this.escalation = escalation;
        this.maxBounty = maxBounty;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long cost = Compute.costPerUser(market, unit);
        long current = Math.max(startBounty, me.decisions().bounty());
        long rival = Compute.highestRivalBounty(market, me);
        // escalate, outbid the most generous rival, but never pay more than a few rounds of compute cost
        long ceiling = Math.min(maxBounty, cost * PAYBACK_ROUNDS);
        long bounty = market.lastRound() == null ? startBounty
                : Math.min(ceiling, Math.max((long) Math.ceil(current * (1 + escalation)), rival + 1));
        long price = Math.max(Math.max(1, cost * 7 / 10),
                Math.min(Compute.lowestRivalPrice(market, me, cost * 2) - 1, cost * 2));
        long rnd = 0;
        if (me.cash() > DEEP_POCKETS) {
            // deep pockets: buy the market: price at half the compute cost and out-invest everyone;
            // once dominant, harvest: loyal users stay, so the price can climb back over cost
            rnd = DEEP_POCKETS_RND;
            price = share(market, me) >= DOMINANT_SHARE
                    ? Math.max(cost, Compute.lowestRivalPrice(market, me, cost * 2) - 1)
                    : Math.max(1, cost / 2);
            // giveaways hardly move loyal users and mercenaries churn: keep them small
            bounty = Math.min(bounty, cost);
        }
        if (me.cash() < LOW_CASH) {
            // retreat: no more giveaways, back to a price that covers compute
            bounty = 0;
            price = Math.max(price, cost * 3 / 2);
        }
        // the deeper its pockets, the more compute it buys ahead of the growth it wants, and the dearer
        double headroom = Math.max(0.2, Math.min(0.6, me.cash() / 100_000_000.0));
        long limit = Math.round(unit * (1.5 + Math.min(1.0, me.cash() / 40_000_000.0)));
        return new Plan(new Decisions(price, bounty, rnd), Compute.bid(market, me, headroom, limit, rnd));
    }

    private static double share(MarketView market, OwnFirm me) {
        if (market.lastRound() == null) {
            return 0;
        }
        return market.lastRound().firms().stream().filter(f -> f.firmId() == me.firmId())
                .mapToDouble(f -> f.share()).findFirst().orElse(0);
    }
}
