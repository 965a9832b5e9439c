package dev.involution.arena.engine.simulation;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.Remedies;
import dev.involution.arena.engine.RoundReport;

/**
 * What a firm sees when it plans a round: the round number, its own state, the last settled
 * round's public report (null before the first settlement) and the best prices in the book.
 *
 * @param bestBid highest resting bid in cents per unit, 0 when there is none
 * @param bestAsk lowest resting ask in cents per unit, {@link Long#MAX_VALUE} when there is none
 * @param remedies the rules of the article's remedies, null under the classic rules
 */
public record RoundContext(int round, int rounds, long usersPerUnit, FirmView self, RoundReport lastReport,
                           long bestBid, long bestAsk, Remedies remedies) {

    public RoundContext(int round, int rounds, long usersPerUnit, FirmView self, RoundReport lastReport, long bestBid,
                        long bestAsk) {
        this(round, rounds, usersPerUnit, self, lastReport, bestBid, bestAsk, null);
    }
}
