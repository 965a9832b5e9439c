package dev.involution.arena.lab;

import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.house.HouseBotMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * One match of the lab: the lineup's strategies seated in order (seat i is firm i, named
 * {@code <strategy>-<i>}), played as a {@link HouseBotMatch} under one policy with default
 * thresholds.
 */
public final class LabMatch {
    private LabMatch() {
    }

    /** Plays one match; the result depends only on the arguments. */
    public static MatchResult play(MarketConfig config, List<String> lineup, String policy, long seed) {
        List<String> names = new ArrayList<>(lineup.size());
        for (int i = 0; i < lineup.size(); i++) {
            names.add(seatName(lineup.get(i), i));
        }
        return HouseBotMatch.play(config, names, lineup, Policies.create(policy, PolicySettings.defaults()), seed);
    }

    public static String seatName(String strategy, int seat) {
        return strategy + "-" + seat;
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
