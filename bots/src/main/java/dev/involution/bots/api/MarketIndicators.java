package dev.involution.bots.api;

import java.util.List;

/** Market-wide indicators of a settled round; see the game rules for each definition. */
public record MarketIndicators(long hhi,
                               double largestShare,
                               double subsidyIntensity,
                               List<Integer> belowCostFirms,
                               double averagePrice,
                               int spiralIndex,
                               double involutionIndex,
                               long consumerWelfare,
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
                               int bankruptcies) {
}
