package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The public market as a firm sees it when planning a round.
 *
 * @param bestBid         highest resting bid, cents per unit, 0 when none
 * @param bestAsk         lowest resting ask, cents per unit, null when none
 * @param baseComputeCost the farms' cheapest compute price, cents per unit
 * @param lastRound       the last settled round, null before the first settlement
 * @param remedies        the rules of the article's remedies, null in a match with the classic rules
 */
public record MarketView(int round,
                         int rounds,
                         long usersPerUnit,
                         long baseComputeCost,
                         long bestBid,
                         Long bestAsk,
                         RoundResult lastRound,
                         @JsonInclude(JsonInclude.Include.NON_NULL) RemedyRules remedies) {

    /** The market of a match with the classic rules. */
    public MarketView(int round, int rounds, long usersPerUnit, long baseComputeCost, long bestBid, Long bestAsk,
                      RoundResult lastRound) {
        this(round, rounds, usersPerUnit, baseComputeCost, bestBid, bestAsk, lastRound, null);
    }
}
