package dev.involution.arena.engine;

import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import java.util.List;

/**
 * Everything a {@link Market} is, as plain data: {@link Market#snapshot()} takes it and
 * {@link Market#restore(MarketSnapshot)} rebuilds an identical market (same state hash), so a
 * persistent match can recover from a snapshot instead of replaying all its events.
 */
public record MarketSnapshot(MarketConfig config,
                             long seed,
                             long randomState,
                             MarketPhase phase,
                             int round,
                             long nextOrderId,
                             long computePaidToFarmsThisRound,
                             long computePaidToFarmsTotal,
                             int bankruptcies,
                             long loyalOutside,
                             long mercenaryOutside,
                             List<FirmState> firms,
                             List<RestingOrder> orders,
                             Tracker tracker,
                             List<RoundReport> reports,
                             List<Intervention> interventions,
                             long nextInterventionId,
                             RemedyState remedies) {

    /** The market-wide state of the article's remedies: outside users by slot, the budget, the frontier, the shock. */
    public record RemedyState(List<Long> outside, BudgetState budget, FrontierState frontier, int shockRounds,
                              int incidentsToDate) {
    }

    /** The regulator's budget: balance and what came in and went out since the start. */
    public record BudgetState(long balance, long received, long spent) {
    }

    /** The research fund paid up to each settled round and the breakthroughs so far. */
    public record FrontierState(List<Long> fundByRound, int breakthroughs) {
    }

    /** One firm's complete state. */
    public record FirmState(int id, String name, FirmStatus status, int exitRound, long cash, long reservedCash,
                            double quality, double unservedFraction, long loyalUsers, long mercenaryUsers,
                            long capacity, long reservedCapacity, long price, long bounty, long rnd,
                            long computeBought, long computeSold, FirmRemedyState remedy) {

        /** A firm under the classic rules. */
        public FirmState(int id, String name, FirmStatus status, int exitRound, long cash, long reservedCash,
                         double quality, double unservedFraction, long loyalUsers, long mercenaryUsers,
                         long capacity, long reservedCapacity, long price, long bounty, long rnd,
                         long computeBought, long computeSold) {
            this(id, name, status, exitRound, cash, reservedCash, quality, unservedFraction, loyalUsers,
                    mercenaryUsers, capacity, reservedCapacity, price, bounty, rnd, computeBought, computeSold, null);
        }
    }

    /** A firm's state under the article's remedies, with its users by slot (loyal and mercenary of each use case). */
    public record FirmRemedyState(RemedyDecisions decisions, double trust, long lastPrice, int incidents, List<Long> users) {
    }

    /** A resting order, listed in the book's priority order. */
    public record RestingOrder(long orderId, int owner, Side side, long price, long remaining) {
    }

    /** The indicator history the next round's indicators need. */
    public record Tracker(boolean hasPrevious, double previousAveragePrice, double previousSubsidyIntensity,
                          int spiralIndex, long baselineWelfare, long cumulativeBurn, long cumulativeWelfareGain) {
    }
}
