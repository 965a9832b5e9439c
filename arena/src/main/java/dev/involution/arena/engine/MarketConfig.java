package dev.involution.arena.engine;

import java.util.List;

/**
 * The economic settings of a match. Money in cents, compute in whole units, users in whole users.
 *
 * @param rounds          rounds in the match
 * @param maxFirms        seats (2 to 32)
 * @param marketSize      potential users
 * @param usersPerUnit    users one compute unit serves for one round
 * @param startCash       each firm's cash at the start
 * @param startQuality    each firm's quality at the start
 * @param defaultPrice    a firm's posted price until it sets one, cents per user per round
 * @param fixedCost       cost every active firm pays each round
 * @param initialAdoption fraction of each segment that starts as users, split evenly over the firms
 * @param spiralSubsidyThreshold subsidy intensity at or above which a round with a falling average
 *                        price extends the spiral even if the intensity did not rise
 */
public record MarketConfig(int rounds,
                           int maxFirms,
                           long marketSize,
                           long usersPerUnit,
                           long startCash,
                           double startQuality,
                           long defaultPrice,
                           long fixedCost,
                           double initialAdoption,
                           double spiralSubsidyThreshold,
                           ComputeSupply supply,
                           Demand demand,
                           Innovation innovation,
                           Remedies remedies) {

    /** A market with the classic rules (no remedies). */
    public MarketConfig(int rounds, int maxFirms, long marketSize, long usersPerUnit, long startCash,
                        double startQuality, long defaultPrice, long fixedCost, double initialAdoption,
                        double spiralSubsidyThreshold, ComputeSupply supply, Demand demand, Innovation innovation) {
        this(rounds, maxFirms, marketSize, usersPerUnit, startCash, startQuality, defaultPrice, fixedCost,
                initialAdoption, spiralSubsidyThreshold, supply, demand, innovation, null);
    }

    public static final int MIN_FIRMS = 2;
    public static final int MAX_FIRMS = 32;

    public static MarketConfig defaults() {
        return new MarketConfig(60, 8, 1_000_000, 1_000, 10_000_000, 1.0, 10, 50_000, 0.5, 0.25,
                ComputeSupply.defaults(), Demand.defaults(), Innovation.defaults());
    }

    public MarketConfig withRounds(int newRounds) {
        return new MarketConfig(newRounds, maxFirms, marketSize, usersPerUnit, startCash, startQuality,
                defaultPrice, fixedCost, initialAdoption, spiralSubsidyThreshold, supply, demand, innovation, remedies);
    }

    public MarketConfig withMaxFirms(int newMaxFirms) {
        return new MarketConfig(rounds, newMaxFirms, marketSize, usersPerUnit, startCash, startQuality,
                defaultPrice, fixedCost, initialAdoption, spiralSubsidyThreshold, supply, demand, innovation, remedies);
    }

    /** This market with the article's remedies (use cases, models, research, consortia, safety, budget), or classic with null. */
    public MarketConfig withRemedies(Remedies newRemedies) {
        return new MarketConfig(rounds, maxFirms, marketSize, usersPerUnit, startCash, startQuality,
                defaultPrice, fixedCost, initialAdoption, spiralSubsidyThreshold, supply, demand, innovation, newRemedies);
    }

    /** Whether the article's remedies are in play. */
    public boolean hasRemedies() {
        return remedies != null;
    }

    /** User slots per firm: loyal and mercenary users of each use case (one use case under the classic rules). */
    public int userSlots() {
        return 2 * (remedies == null ? 1 : remedies.useCaseCount());
    }

    /** Every field out of range, with its path; empty when the configuration is usable. */
    public List<ConfigProblem> validate() {
        ConfigCheck check = new ConfigCheck("")
                .range("rounds", rounds, 1, 10_000)
                .range("maxFirms", maxFirms, MIN_FIRMS, MAX_FIRMS)
                .range("marketSize", marketSize, 1, 1_000_000_000L)
                .range("usersPerUnit", usersPerUnit, 1, 1_000_000_000L)
                .range("startCash", startCash, 0, 1_000_000_000_000L)
                .range("startQuality", startQuality, 0.01, 100.0)
                .range("defaultPrice", defaultPrice, 0, Limits.MAX_POSTED_PRICE)
                .range("fixedCost", fixedCost, 0, 1_000_000_000_000L)
                .range("initialAdoption", initialAdoption, 0.0, 1.0)
                .range("spiralSubsidyThreshold", spiralSubsidyThreshold, 0.0, 1000.0);
        if (supply == null || demand == null || innovation == null) {
            return check.add(List.of(new ConfigProblem("supply/demand/innovation", "must be present"))).problems();
        }
        check.add(supply.validate()).add(demand.validate()).add(innovation.validate());
        return remedies == null ? check.problems() : check.add(remedies.validate()).problems();
    }

    /** Units the farms offer each round. */
    public long farmSupplyUnits() {
        return Math.max(1, Math.round(supply.supplyFactor() * marketSize / usersPerUnit));
    }

    /** Users in the loyal segment; the rest are mercenary. */
    public long loyalSegmentSize() {
        return Math.round(marketSize * demand.loyalShare());
    }
}
