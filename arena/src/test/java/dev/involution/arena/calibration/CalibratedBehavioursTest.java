package dev.involution.arena.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.regulator.InterventionKind;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.Seat;
import dev.involution.arena.house.StrategyAgent;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviours the default economics must produce (GAME.md "What the defaults must produce"),
 * played in fast-forward with the built-in strategies and fixed seeds.
 */
class CalibratedBehavioursTest {
    private static final MarketConfig CONFIG = MarketConfig.defaults();
    private static final List<String> AGGRESSIVE =
            List.of("subsidizer", "subsidizer", "subsidizer", "subsidizer", "undercutter", "undercutter");

    static MatchResult play(String policy, long seed, List<String> lineup, long firstSeatCash) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < lineup.size(); i++) {
            seats.add(new Seat(lineup.get(i) + " #" + (i + 1),
                    new StrategyAgent(BuiltInStrategies.create(lineup.get(i), seed + i), CONFIG.supply().baseCost()),
                    i == 0 ? firstSeatCash : 0));
        }
        return MatchSimulation.run(CONFIG, seed, seats, Policies.create(policy, PolicySettings.defaults()));
    }

    private static double computeCostPerUser() {
        return (double) CONFIG.supply().baseCost() / CONFIG.usersPerUnit();
    }

    private static double meanWelfare(MatchResult r) {
        return r.reports().stream().mapToLong(x -> x.indicators().consumerWelfare()).average().orElse(0);
    }

    private static int bankruptcies(MatchResult r) {
        return r.reports().get(r.reports().size() - 1).indicators().bankruptcies();
    }

    /** The longest run of rounds in which subsidy intensity rose every round: [first, last] round indexes. */
    private static int[] longestRise(List<RoundReport> reports) {
        int bestStart = 0;
        int bestLength = 0;
        int start = 0;
        for (int i = 1; i < reports.size(); i++) {
            if (reports.get(i).indicators().subsidyIntensity() <= reports.get(i - 1).indicators().subsidyIntensity()) {
                start = i;
            }
            if (i - start > bestLength) {
                bestLength = i - start;
                bestStart = start;
            }
        }
        return new int[] {bestStart, bestStart + bestLength};
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aggressiveBotsUnderLaissezFaireFallIntoAGiveawaySpiral(long seed) {
        MatchResult r = play(Policies.LAISSEZ_FAIRE, seed, AGGRESSIVE, 0);
        int[] rise = longestRise(r.reports());
        assertThat(rise[1] - rise[0]).as("consecutive rounds of rising subsidy intensity").isGreaterThanOrEqualTo(5);
        double lowest = r.reports().stream().mapToDouble(x -> x.indicators().averagePrice()).filter(p -> p > 0)
                .min().orElseThrow();
        assertThat(lowest).as("average price falls below compute cost").isLessThan(computeCostPerUser());

        RoundReport before = r.reports().get(rise[0]);
        int end = rise[1];
        while (r.reports().get(end).indicators().bankruptcies() > before.indicators().bankruptcies()) {
            end--;
        }
        assertThat(end - rise[0]).as("rounds of war before anyone goes bankrupt").isGreaterThanOrEqualTo(4);
        RoundReport after = r.reports().get(end);
        assertThat(after.indicators().hhi()).as("concentration barely moves during the war")
                .isCloseTo(before.indicators().hhi(), org.assertj.core.data.Percentage.withPercentage(10));
        for (FirmResult f : after.firms()) {
            if (f.status() == FirmStatus.ACTIVE) {
                assertThat(f.share()).as("share of %s", f.name())
                        .isCloseTo(before.firms().get(f.firmId()).share(), org.assertj.core.data.Offset.offset(0.06));
            }
        }
        long cashBefore = before.firms().stream().mapToLong(FirmResult::cash).sum();
        long cashAfter = after.firms().stream().mapToLong(FirmResult::cash).sum();
        assertThat(cashAfter).as("cash burns").isLessThan(cashBefore);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void guardrailsEndTheSpiralWithFewerBankruptciesAndNoLessWelfare(long seed) {
        MatchResult free = play(Policies.LAISSEZ_FAIRE, seed, AGGRESSIVE, 0);
        MatchResult guarded = play(Policies.GUARDRAILS, seed, AGGRESSIVE, 0);

        assertThat(guarded.interventions()).extracting(i -> i.kind()).contains(InterventionKind.GIVEAWAY_CAP);
        int firstCap = guarded.interventions().stream().filter(i -> i.kind() == InterventionKind.GIVEAWAY_CAP)
                .mapToInt(i -> i.fromRound()).min().orElseThrow();
        int calm = guarded.reports().stream().filter(x -> x.round() >= firstCap && x.indicators().spiralIndex() == 0)
                .mapToInt(RoundReport::round).min().orElseThrow();
        assertThat(calm - firstCap).as("rounds from the first cap until the spiral index is back to 0")
                .isLessThanOrEqualTo(6);
        assertThat(bankruptcies(guarded)).isLessThan(bankruptcies(free));
        assertThat(meanWelfare(guarded)).isGreaterThanOrEqualTo(meanWelfare(free));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aDeepPocketedSubsidizerMonopolisesUnderLaissezFaireButNotUnderAntitrust(long seed) {
        List<String> lineup = List.of("subsidizer", "cost-plus", "cost-plus", "cost-plus", "cost-plus", "cost-plus");
        long deepPockets = 25 * CONFIG.startCash();
        MatchResult free = play(Policies.LAISSEZ_FAIRE, seed, lineup, deepPockets);
        MatchResult antitrust = play(Policies.ANTITRUST, seed, lineup, deepPockets);
        assertThat(last(free).hhi()).as("HHI at the end under laissez-faire").isGreaterThan(5_000);
        assertThat(antitrust.reports()).as("HHI every round under antitrust")
                .allSatisfy(x -> assertThat(x.indicators().hhi()).isLessThan(2_500));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void innovationOutEarnsSubsidiesOverAFullMatchUnderGuardrails(long seed) {
        MatchResult r = play(Policies.GUARDRAILS, seed,
                List.of("innovator", "subsidizer", "cost-plus", "cost-plus", "cost-plus", "cost-plus"), 0);
        assertThat(r.reports()).hasSize(CONFIG.rounds());
        long innovator = r.firms().get(0).cash();
        long subsidizer = r.firms().get(1).cash();
        assertThat(innovator).isGreaterThan(subsidizer);
    }

    static Indicators last(MatchResult r) {
        return r.reports().get(r.reports().size() - 1).indicators();
    }
}
