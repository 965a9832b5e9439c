package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;

/**
 * One firm's state under the article's remedies: its choices ({@link RemedyDecisions}), its trust,
 * the price it charged at the last settlement (loyal users react to a price shock against it), its
 * incidents, and what the last settlement decided about its model.
 */
final class FirmRemedy {
    RemedyDecisions decisions = RemedyDecisions.NONE;
    /** Multiplies the firm's quality: lowered by incidents and by users left unserved, grows back slowly. */
    double trust = 1.0;
    /** Price at the last settlement, cents per user. */
    long lastPrice;
    int incidents;

    // set at settlement, published in the round's result
    /** Whether the model served this round (trained, licensor trained, public farm funded). */
    boolean modelServing;
    long trainingUnits;
    long licensePaid;
    long licenseEarned;
    long safetySpent;
    long levy;
    long grant;
    boolean incident;
    boolean serious;
    /** Users the incident sent to no service. */
    long incidentUsers;

    FirmRemedy(long lastPrice) {
        this.lastPrice = lastPrice;
    }

    void clearRound() {
        modelServing = false;
        trainingUnits = 0;
        licensePaid = 0;
        licenseEarned = 0;
        safetySpent = 0;
        levy = 0;
        grant = 0;
        incident = false;
        serious = false;
        incidentUsers = 0;
    }

    MarketSnapshot.FirmRemedyState snapshot(long[] users) {
        return new MarketSnapshot.FirmRemedyState(decisions, trust, lastPrice, incidents,
                java.util.Arrays.stream(users).boxed().toList());
    }

    static FirmRemedy restore(MarketSnapshot.FirmRemedyState s) {
        FirmRemedy r = new FirmRemedy(s.lastPrice());
        r.decisions = s.decisions();
        r.trust = s.trust();
        r.incidents = s.incidents();
        return r;
    }

    long hash(long h) {
        h = OrderBook.mix(h ^ decisions.model().ordinal());
        h = OrderBook.mix(h ^ decisions.focus());
        h = OrderBook.mix(h ^ decisions.licensor());
        h = OrderBook.mix(h ^ decisions.licenseFee());
        h = OrderBook.mix(h ^ (decisions.consortium() ? 1 : 0));
        h = OrderBook.mix(h ^ decisions.safety());
        h = OrderBook.mix(h ^ Double.doubleToLongBits(trust));
        h = OrderBook.mix(h ^ lastPrice);
        return OrderBook.mix(h ^ incidents);
    }
}
