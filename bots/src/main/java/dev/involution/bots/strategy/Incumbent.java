package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * The general-model incumbent: trains its own general model every round (buying the compute for it
 * on top of what its users need), prices at cost plus a markup, and licenses its model to smaller
 * firms at a steep fee, several times the compute cost per user, so that a licensee can never
 * undercut it. When public specialized models are on offer and training stops paying, it gives
 * up its general model and serves the public one of the largest use case. Careful with safety. Under the classic rules it plays as a cost-plus firm.
 */
public final class Incumbent implements Strategy {
    /** The license fee as a multiple of the compute cost per user. */
    static final long FEE_MULTIPLE = 4;
    /** Below this share of users a losing incumbent gives up its general model for a public one. */
    static final double RETREAT_SHARE = 0.3;
    private final double markup;
    private final long rndPerRound;

    public Incumbent() {
        this(0.4, 100_000);
    }

    public Incumbent(double markup, long rndPerRound) {
        this.markup = markup;
        this.rndPerRound = rndPerRound;
    }

    /**
     * Whether to stop training: a public model serves the first use case, and last round this firm
     * lost money while holding less than a {@link #RETREAT_SHARE} share of users.
     */
    private static boolean retreats(MarketView market, OwnFirm me) {
        if ("PUBLIC".equals(me.decisions().model())) {
            return true;
        }
        if (!Remedy.publicModel(market, 0)) {
            return false;
        }
        return market.lastRound().firms().stream().anyMatch(f -> f.firmId() == me.firmId() && f.net() < 0
                && f.share() < RETREAT_SHARE);
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long cost = Compute.costPerUser(market, unit);
        double overhead = Remedy.on(market) ? Remedy.CAREFUL_SAFETY_PER_USER : 0;
        long price = Math.max(1, Math.round((cost + overhead) * (1 + markup)));
        long training = Remedy.trainingUnits(market, "GENERAL");
        long limit = Math.round(unit * 1.6);
        Decisions d = new Decisions(price, 0, rndPerRound);
        if (Remedy.on(market)) {
            if (retreats(market, me)) {
                // training no longer pays against the public models: serve the largest use case's one
                training = 0;
                d = d.withRemedies("PUBLIC", 0, -1, 0L, false, Remedy.carefulSafety(me));
            } else {
                d = d.withRemedies("GENERAL", 0, -1, FEE_MULTIPLE * cost, false, Remedy.carefulSafety(me));
            }
        }
        return new Plan(d, Compute.bid(market, me, 0.3, training, limit, rndPerRound));
    }
}
