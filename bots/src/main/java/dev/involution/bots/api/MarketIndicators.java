package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Market-wide indicators of a settled round; see the game rules for each definition;
 * {@code remedies} only in a match with the article's remedies. */
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
                               int bankruptcies,
                               @JsonInclude(JsonInclude.Include.NON_NULL) RemedyMarketIndicators remedies) {

    /** A round's indicators under the classic rules. */
    public MarketIndicators(long hhi, double largestShare, double subsidyIntensity, List<Integer> belowCostFirms,
                            double averagePrice, int spiralIndex, double involutionIndex, long consumerWelfare,
                            long totalRevenue, long totalGiveaway, long totalRnd, long computePaidToFarms,
                            long totalFines, long totalSubsidies, long usersWithFirms, long usersServed,
                            double averageQuality, int activeFirms, int bankruptcies) {
        this(hhi, largestShare, subsidyIntensity, belowCostFirms, averagePrice, spiralIndex, involutionIndex,
                consumerWelfare, totalRevenue, totalGiveaway, totalRnd, computePaidToFarms, totalFines, totalSubsidies,
                usersWithFirms, usersServed, averageQuality, activeFirms, bankruptcies, null);
    }
}
