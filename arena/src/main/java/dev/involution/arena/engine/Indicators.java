package dev.involution.arena.engine;

import java.util.List;

/**
 * Market-wide indicators of one settled round, the numbers the regulator watches.
 *
 * @param hhi                  Herfindahl-Hirschman index of user shares, 0 to 10,000
 * @param largestShare         largest user share, 0 to 1
 * @param subsidyIntensity     giveaway spend / revenue this round (revenue taken as at least 1 cent)
 * @param belowCostFirms       firms whose price is under their compute cost per served user
 * @param averagePrice         user-weighted average posted price of active firms, cents per user
 * @param spiralIndex          consecutive rounds in which the average price fell while subsidy
 *                             intensity rose or stayed at or above the spiral threshold
 * @param involutionIndex      cents burned on giveaways and below-cost pricing since the start, per
 *                             cent of consumer-welfare gain over the starting market since the start
 * @param consumerWelfare      logit inclusive value of the market over the outside option, in
 *                             cents per round, summed over all potential users
 * @param burned               giveaways plus below-cost shortfall this round, cents
 * @param totalFines           fines the regulator collected this round
 * @param totalSubsidies       R&amp;D subsidies the regulator paid this round
 * @param bankruptcies         firms bankrupt so far
 */
public record Indicators(int round,
                         long hhi,
                         double largestShare,
                         double subsidyIntensity,
                         List<Integer> belowCostFirms,
                         double averagePrice,
                         int spiralIndex,
                         double involutionIndex,
                         long consumerWelfare,
                         long burned,
                         long totalRevenue,
                         long totalGiveaway,
                         long totalRnd,
                         long computePaidToFarms,
                         long totalFines,
                         long totalSubsidies,
                         long usersWithFirms,
                         long usersServed,
                         double averageQuality,
                         int activeFirms,
                         int bankruptcies,
                         RemedyIndicators remedies) {

    /** A round's indicators under the classic rules. */
    public Indicators(int round, long hhi, double largestShare, double subsidyIntensity, List<Integer> belowCostFirms,
                      double averagePrice, int spiralIndex, double involutionIndex, long consumerWelfare, long burned,
                      long totalRevenue, long totalGiveaway, long totalRnd, long computePaidToFarms, long totalFines,
                      long totalSubsidies, long usersWithFirms, long usersServed, double averageQuality,
                      int activeFirms, int bankruptcies) {
        this(round, hhi, largestShare, subsidyIntensity, belowCostFirms, averagePrice, spiralIndex, involutionIndex,
                consumerWelfare, burned, totalRevenue, totalGiveaway, totalRnd, computePaidToFarms, totalFines,
                totalSubsidies, usersWithFirms, usersServed, averageQuality, activeFirms, bankruptcies, null);
    }

    /** The same indicators with the remedies' figures. */
    public Indicators withRemedies(RemedyIndicators r) {
        return new Indicators(round, hhi, largestShare, subsidyIntensity, belowCostFirms, averagePrice, spiralIndex,
                involutionIndex, consumerWelfare, burned, totalRevenue, totalGiveaway, totalRnd, computePaidToFarms,
                totalFines, totalSubsidies, usersWithFirms, usersServed, averageQuality, activeFirms, bankruptcies, r);
    }
}
