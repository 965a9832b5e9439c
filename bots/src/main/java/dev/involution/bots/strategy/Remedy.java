package dev.involution.bots.strategy;

import dev.involution.bots.api.FirmRemedyRound;
import dev.involution.bots.api.FirmRound;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.api.RemedyMarketIndicators;
import java.util.List;

/** What the strategies that use the article's remedies share: reading the remedies' rules and last round. */
final class Remedy {
    /** Safety spend per user a careful firm keeps, cents (the default standard asks for 0.5). */
    static final double CAREFUL_SAFETY_PER_USER = 0.6;

    private Remedy() {
    }

    static boolean on(MarketView market) {
        return market.remedies() != null;
    }

    /** Compute units this round's own model takes to train. */
    static long trainingUnits(MarketView market, String model) {
        if (!on(market)) {
            return 0;
        }
        return "GENERAL".equals(model) ? market.remedies().generalTrainingUnits()
                : "SPECIALIZED".equals(model) ? market.remedies().specializedTrainingUnits() : 0;
    }

    /** A careful firm's safety spend for its users, cents a round. */
    static long carefulSafety(OwnFirm me) {
        return Math.round(Math.max(me.users(), 20_000) * CAREFUL_SAFETY_PER_USER);
    }

    static RemedyMarketIndicators indicators(MarketView market) {
        return market.lastRound() == null ? null : market.lastRound().indicators().remedies();
    }

    /** Whether the public farm trained a model for this use case last round. */
    static boolean publicModel(MarketView market, int useCase) {
        RemedyMarketIndicators r = indicators(market);
        return r != null && r.publicModels().contains(useCase);
    }

    /** The rival whose general model served last round at the lowest fee, or null. */
    static FirmRound cheapestGeneralModel(MarketView market, OwnFirm me) {
        FirmRound best = null;
        for (FirmRound f : Compute.rivals(market, me)) {
            FirmRemedyRound r = f.remedy();
            if (r != null && "GENERAL".equals(r.model()) && r.modelServing()
                    && (best == null || r.licenseFee() < best.remedy().licenseFee())) {
                best = f;
            }
        }
        return best;
    }

    /** Last round's prices of the other consortium members. */
    static List<Long> memberPrices(MarketView market, OwnFirm me) {
        return Compute.rivals(market, me).stream().filter(f -> f.remedy() != null && f.remedy().consortium())
                .map(FirmRound::price).toList();
    }

    static int useCases(MarketView market) {
        return on(market) ? market.remedies().useCases().size() : 1;
    }
}
