package dev.involution.bots.api;

/**
 * The public market as a firm sees it when planning a round.
 *
 * @param bestBid         highest resting bid, cents per unit, 0 when none
 * @param bestAsk         lowest resting ask, cents per unit, null when none
 * @param baseComputeCost the farms' cheapest compute price, cents per unit
 * @param lastRound       the last settled round, null before the first settlement
 */
public record MarketView(int round,
                         int rounds,
                         long usersPerUnit,
                         long baseComputeCost,
                         long bestBid,
                         Long bestAsk,
                         RoundResult lastRound) {
}
