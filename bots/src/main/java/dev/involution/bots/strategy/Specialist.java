package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.FirmRound;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * The small specialist: focuses on one use case (its seat number modulo the use cases). It serves
 * the public farm's specialized model for that use case when there is one; otherwise it licenses the
 * cheapest general model on offer, if the fee is within reach; otherwise it makes do with the basic
 * model. It prices at its compute cost plus its license fee and safety per user, plus a markup, and
 * puts a steady budget into product work (R&amp;D). Careful with safety.
 */
public final class Specialist implements Strategy {
    /** A general model's fee is worth paying up to this many times the compute cost per user. */
    static final long MAX_FEE_MULTIPLE = 5;
    /** Product work on top of the model, cents a round. */
    static final long RND_PER_ROUND = 150_000;
    private final double markup;

    public Specialist() {
        this(0.4);
    }

    public Specialist(double markup) {
        this.markup = markup;
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long cost = Compute.costPerUser(market, unit);
        long rnd = RND_PER_ROUND;
        if (!Remedy.on(market)) {
            return new Plan(new Decisions(Math.max(1, Math.round(cost * (1 + markup))), 0, rnd),
                    Compute.bid(market, me, 0.15, 0, Math.round(unit * 1.4), rnd));
        }
        int focus = me.firmId() % Remedy.useCases(market);
        String model = "NONE";
        int licensor = -1;
        long fee = 0;
        if (Remedy.publicModel(market, focus)) {
            model = "PUBLIC";
            fee = market.remedies().publicLicenseFee();
        } else {
            FirmRound owner = Remedy.cheapestGeneralModel(market, me);
            if (owner != null && owner.remedy().licenseFee() <= MAX_FEE_MULTIPLE * cost) {
                model = "LICENSED";
                licensor = owner.firmId();
                fee = owner.remedy().licenseFee();
            }
        }
        long price = Math.max(1, Math.round((cost + fee + Remedy.CAREFUL_SAFETY_PER_USER) * (1 + markup)));
        Decisions d = new Decisions(price, 0, rnd).withRemedies(model, focus, licensor, 0L, false,
                Remedy.carefulSafety(me));
        return new Plan(d, Compute.bid(market, me, 0.25, 0, Math.round(unit * 1.4), rnd));
    }
}
