package dev.involution.arena.lab;

import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.SeededRandom;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.Seat;
import dev.involution.arena.house.StrategyAgent;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.List;

/**
 * One match of the lab: the lineup's strategies seated in order (seat i is firm i, named
 * {@code <strategy>-<i>}), played in fast-forward under one policy with default thresholds.
 * Chance-driven strategies are seeded from the match seed and their seat, so a seed gives the
 * same match under every policy up to what the regulator changes.
 */
public final class LabMatch {
    private LabMatch() {
    }

    /** Plays one match; the result depends only on the arguments. */
    public static MatchResult play(MarketConfig config, List<String> lineup, String policy, long seed) {
        List<Seat> seats = new ArrayList<>(lineup.size());
        for (int i = 0; i < lineup.size(); i++) {
            String strategy = lineup.get(i);
            seats.add(new Seat(seatName(strategy, i), new StrategyAgent(
                    BuiltInStrategies.create(strategy, strategySeed(seed, i)), config.supply().baseCost())));
        }
        return MatchSimulation.run(config, seed, seats, Policies.create(policy, PolicySettings.defaults()));
    }

    public static String seatName(String strategy, int seat) {
        return strategy + "-" + seat;
    }

    /** A seat's strategy seed: drawn from the match seed by the seat. */
    public static long strategySeed(long matchSeed, int seat) {
        return SeededRandom.derive(matchSeed, seat + 1L);
    }

    /** The numbers the lab keeps of a played match. */
    public static MatchOutcome outcome(String policy, List<String> lineup, MatchResult result) {
        List<RoundReport> reports = result.reports();
        int n = reports.size();
        double[] spiral = new double[n];
        double[] subsidy = new double[n];
        double[] price = new double[n];
        double welfare = 0;
        long giveaway = 0;
        for (int r = 0; r < n; r++) {
            Indicators i = reports.get(r).indicators();
            spiral[r] = i.spiralIndex();
            subsidy[r] = i.subsidyIntensity();
            price[r] = i.averagePrice();
            welfare += i.consumerWelfare();
            giveaway += i.totalGiveaway();
        }
        Indicators last = n == 0 ? null : reports.get(n - 1).indicators();
        Standing winner = result.standings().get(0);
        return new MatchOutcome(policy, result.seed(),
                n == 0 ? 0 : welfare / n,
                last == null ? 0 : last.hhi(),
                giveaway,
                last == null ? 0 : last.involutionIndex(),
                last == null ? 0 : last.bankruptcies(),
                last == null ? 0 : last.averageQuality(),
                winner.firmId(), lineup.get(winner.firmId()), result.interventions().size(),
                spiral, subsidy, price, result.stateHash());
    }
}
