package dev.involution.arena.lab;

/**
 * What the lab keeps of one match: its policy and seed, the market-health numbers of the summary,
 * the winner, and three indicators per round for the time-series charts.
 *
 * @param consumerWelfare  mean consumer welfare over the rounds, cents per round
 * @param finalHhi         HHI after the last round
 * @param giveawaySpend    giveaways paid by all firms over the match, cents
 * @param involutionIndex  involution index after the last round
 * @param bankruptcies     firms bankrupt at the end
 * @param averageQuality   mean quality of the active firms after the last round
 * @param winnerSeat       seat (firm id) ranked first
 * @param winnerStrategy   the strategy that played the winning seat
 * @param interventions    interventions the regulator imposed
 * @param spiralIndex      spiral index per round (index 0 is round 1)
 * @param subsidyIntensity subsidy intensity per round
 * @param averagePrice     user-weighted average posted price per round, cents per user
 * @param stateHash        the engine's final state hash
 */
public record MatchOutcome(String policy,
                           long seed,
                           double consumerWelfare,
                           long finalHhi,
                           long giveawaySpend,
                           double involutionIndex,
                           int bankruptcies,
                           double averageQuality,
                           int winnerSeat,
                           String winnerStrategy,
                           int interventions,
                           double[] spiralIndex,
                           double[] subsidyIntensity,
                           double[] averagePrice,
                           long stateHash) {
}
