package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.ConfigCheck;
import dev.involution.arena.engine.ConfigProblem;
import java.util.List;

/**
 * What a policy of the article's remedies puts in force, each held for {@code durationRounds} and
 * renewed while the policy lasts.
 *
 * @param publicFarms           public farms train an open specialized model for every use case
 * @param basicResearchCents    the budget's cents a round for basic research (0: none)
 * @param grantCents            the budget's cents a round paid as R&amp;D grants, split over the active firms (0: none)
 * @param safetyStandard        minimum safety spend, cents per 1,000 users a round, for firms over the
 *                              standard's threshold (0: no standard)
 * @param levyBasisPoints       levy on every firm's revenue, basis points (0: none)
 * @param watchCoordination     whether consortium members whose prices move together above the
 *                              competitive level are capped and fined
 * @param coordinationThreshold the coordination signal (members' mean price / competitive level) that
 *                              triggers the watch
 * @param banConsortia          research consortia are banned
 * @param giveawayCap           a standing giveaway cap, cents per new user (-1: none)
 * @param shareCap              a standing market-share cap (1: none)
 * @param priceFloorFactor      a standing price floor at this multiple of the compute cost per user
 *                              at the farms' base price (0: none)
 * @param durationRounds        how long each intervention holds before it is renewed
 */
public record RemedySettings(boolean publicFarms,
                             long basicResearchCents,
                             long grantCents,
                             long safetyStandard,
                             long levyBasisPoints,
                             boolean watchCoordination,
                             double coordinationThreshold,
                             boolean banConsortia,
                             long giveawayCap,
                             double shareCap,
                             double priceFloorFactor,
                             int durationRounds) {

    /** Nothing in force: the remedies' rules with a regulator that does nothing. */
    public static RemedySettings none() {
        return new RemedySettings(false, 0, 0, 0, 0, false, 1.25, false, -1, 1.0, 0.0, 10);
    }

    /**
     * The article's recommendation: public specialized farms, basic research, consortia allowed under
     * antitrust watch, a safety standard, funded by a small levy and the fines.
     */
    public static RemedySettings article() {
        return new RemedySettings(true, 300_000, 0, 500, 300, true, 1.25, false, -1, 1.0, 0.0, 10);
    }

    /** Over-regulation: no giveaways, a high price floor, a low share cap, a strict standard, a heavy levy, no consortia. */
    public static RemedySettings overRegulation() {
        return strictness(1.0);
    }

    /**
     * Rules from none (0) to extreme (1): from 0.1 a giveaway cap (from 18 cents down to 0), a share
     * cap (from 92% down to 20%) and a price floor (from 1.1 to 2 times the compute cost per user at
     * the base price); a safety standard rising with the cube of the strictness to 4 cents per user, a
     * levy with its square to 20% of revenue; consortia banned from 0.8.
     */
    public static RemedySettings strictness(double s) {
        double x = Math.max(0, Math.min(1, s));
        return new RemedySettings(false, 0, 0, Math.round(4_000 * x * x * x), Math.round(2_000 * x * x), false, 1.25,
                x >= 0.8, x < 0.1 ? -1 : Math.round(20 * (1 - x)), x < 0.1 ? 1.0 : 1.0 - 0.8 * x,
                x < 0.1 ? 0.0 : 1.0 + x, 10);
    }

    /** The same settings, with the research and grants budgets set. */
    public RemedySettings withSpending(long research, long grants) {
        return new RemedySettings(publicFarms, research, grants, safetyStandard, levyBasisPoints, watchCoordination,
                coordinationThreshold, banConsortia, giveawayCap, shareCap, priceFloorFactor, durationRounds);
    }

    public List<ConfigProblem> validate() {
        return new ConfigCheck("remedySettings.")
                .range("basicResearchCents", basicResearchCents, 0, 1_000_000_000_000L)
                .range("grantCents", grantCents, 0, 1_000_000_000_000L)
                .range("safetyStandard", safetyStandard, 0, 1_000_000)
                .range("levyBasisPoints", levyBasisPoints, 0, 10_000)
                .range("coordinationThreshold", coordinationThreshold, 1.0, 100.0)
                .range("giveawayCap", giveawayCap, -1, 100_000)
                .range("shareCap", shareCap, 0.01, 1.0)
                .range("priceFloorFactor", priceFloorFactor, 0.0, 10.0)
                .range("durationRounds", durationRounds, 1, 1_000)
                .problems();
    }
}
