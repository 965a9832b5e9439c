package dev.involution.arena.engine;

import java.util.List;

/**
 * How users choose. Two segments: loyal users ({@code loyalShare} of the market) and mercenary
 * users (the rest, who chase giveaways). Each round a fraction of each segment re-decides and picks
 * a firm, or no AI service, by a multinomial logit over
 * {@code V = qualityWeight*ln(effectiveQuality) - priceWeight*price + bountyWeight*bounty + loyalty},
 * where the bounty counts only for a firm the user is not with yet, the loyalty bonus only for the
 * user's current firm (loyal segment only), and the outside option has utility {@code outsideUtility}.
 * A firm that could not serve a fraction {@code u} of its users last round has its effective quality
 * multiplied by {@code 1 - overloadPenalty*u}.
 */
public record Demand(double loyalShare,
                     double loyalRedecide,
                     double mercenaryRedecide,
                     double qualityWeight,
                     double priceWeight,
                     double loyalBountyWeight,
                     double mercenaryBountyWeight,
                     double loyaltyBonus,
                     double outsideUtility,
                     double overloadPenalty) {

    public static Demand defaults() {
        return new Demand(0.7, 0.10, 0.80, 2.0, 0.15, 0.005, 0.04, 1.5, -1.5, 0.5);
    }

    List<ConfigProblem> validate() {
        return new ConfigCheck("demand.")
                .range("loyalShare", loyalShare, 0.0, 1.0)
                .range("loyalRedecide", loyalRedecide, 0.0, 1.0)
                .range("mercenaryRedecide", mercenaryRedecide, 0.0, 1.0)
                .range("qualityWeight", qualityWeight, 0.0, 100.0)
                .range("priceWeight", priceWeight, 1e-6, 100.0)
                .range("loyalBountyWeight", loyalBountyWeight, 0.0, 100.0)
                .range("mercenaryBountyWeight", mercenaryBountyWeight, 0.0, 100.0)
                .range("loyaltyBonus", loyaltyBonus, 0.0, 100.0)
                .range("outsideUtility", outsideUtility, -100.0, 100.0)
                .range("overloadPenalty", overloadPenalty, 0.0, 0.99)
                .problems();
    }
}
