package dev.involution.arena.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.Remedies;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.engine.regulator.RemedySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.Seat;
import dev.involution.arena.house.StrategyAgent;
import dev.involution.arena.lab.RemedyMetrics;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviours 5 to 11 of the rules (the article's remedies), played in fast-forward with the built-in
 * strategies and fixed seeds, each asserted on the lab's own metrics ({@link RemedyMetrics}).
 */
class RemedyBehavioursTest {
    static final MarketConfig REMEDIES = MarketConfig.defaults().withRemedies(Remedies.defaults());
    static final List<String> GENERAL_VS_SMALL =
            List.of("incumbent", "incumbent", "specialist", "specialist", "specialist", "specialist");

    static MatchResult play(MarketConfig config, RegulatorPolicy policy, long seed, List<String> lineup) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < lineup.size(); i++) {
            seats.add(new Seat(lineup.get(i) + " #" + (i + 1),
                    new StrategyAgent(BuiltInStrategies.create(lineup.get(i), seed + i), config.supply().baseCost())));
        }
        return MatchSimulation.run(config.withMaxFirms(Math.max(lineup.size(), 2)), seed, seats, policy);
    }

    static MatchResult play(String policy, long seed, List<String> lineup) {
        return play(REMEDIES, Policies.create(policy, PolicySettings.defaults()), seed, lineup);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void publicSpecializedModelsOpenTheMarket(long seed) {
        MatchResult general = play(Policies.LAISSEZ_FAIRE, seed, GENERAL_VS_SMALL);
        MatchResult open = play(Policies.ARTICLE, seed, GENERAL_VS_SMALL);
        System.out.printf("B5 seed %d: active %d vs %d, small cash %.0f vs %.0f, hhi %d vs %d, welfare %.0f vs %.0f%n",
                seed, RemedyMetrics.activeFirms(open), RemedyMetrics.activeFirms(general),
                RemedyMetrics.smallFirmsCash(open), RemedyMetrics.smallFirmsCash(general),
                open.reports().get(59).indicators().hhi(), general.reports().get(59).indicators().hhi(),
                RemedyMetrics.meanWelfare(open), RemedyMetrics.meanWelfare(general));
        assertThat(RemedyMetrics.activeFirms(open)).as("active firms at the end")
                .isGreaterThan(RemedyMetrics.activeFirms(general));
        assertThat(RemedyMetrics.smallFirmsCash(open)).as("small firms' cash")
                .isGreaterThan(RemedyMetrics.smallFirmsCash(general));
        assertThat(open.reports().get(open.reports().size() - 1).indicators().hhi()).as("HHI at the end")
                .isLessThan(general.reports().get(general.reports().size() - 1).indicators().hhi());
        assertThat(RemedyMetrics.meanWelfare(open)).as("consumer welfare")
                .isGreaterThanOrEqualTo(RemedyMetrics.meanWelfare(general));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void generalModelsEntrenchIncumbents(long seed) {
        MatchResult r = play(Policies.LAISSEZ_FAIRE, seed, GENERAL_VS_SMALL);
        Set<Integer> general = RemedyMetrics.generalModelFirms(r);
        System.out.printf("B6 seed %d: general %s share %.3f cost ratio %.2f%n", seed, general,
                RemedyMetrics.generalModelShare(r), RemedyMetrics.smallToGeneralCostRatio(r));
        assertThat(general).as("firms that trained a general model").containsExactlyInAnyOrder(0, 1);
        assertThat(RemedyMetrics.generalModelShare(r)).as("their share of users at the end").isGreaterThan(0.5);
        assertThat(RemedyMetrics.smallToGeneralCostRatio(r)).as("small firms' cost per user over theirs")
                .isGreaterThanOrEqualTo(2.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void basicResearchRaisesQualityMoreThanTheSameBudgetInGrants(long seed) {
        List<String> lineup = List.of("innovator", "cost-plus", "cost-plus", "specialist", "incumbent", "tit-for-tat");
        long budget = 400_000;
        MatchResult research = play(REMEDIES, Policies.remedial("research",
                RemedySettings.none().withSpending(budget, 0)), seed, lineup);
        MatchResult grants = play(REMEDIES, Policies.remedial("grants",
                RemedySettings.none().withSpending(0, budget)), seed, lineup);
        System.out.printf("B7 seed %d: quality research %.3f grants %.3f%n", seed,
                RemedyMetrics.finalAverageQuality(research), RemedyMetrics.finalAverageQuality(grants));
        assertThat(RemedyMetrics.finalAverageQuality(research)).as("average quality at the end")
                .isGreaterThan(RemedyMetrics.finalAverageQuality(grants));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void collaborationCutsBothWays(long seed) {
        List<String> lineup = List.of("consortium", "consortium", "consortium", "cost-plus", "cost-plus", "cost-plus");
        double competitive = REMEDIES.remedies().competitivePrice(REMEDIES);
        MatchResult shared = play(Policies.LAISSEZ_FAIRE, seed, lineup);
        MatchResult alone = play(REMEDIES.withRemedies(REMEDIES.remedies().withConsortiumSpillover(0)),
                Policies.create(Policies.LAISSEZ_FAIRE, PolicySettings.defaults()), seed, lineup);
        MatchResult watched = play(Policies.ANTITRUST, seed, lineup);
        Set<Integer> members = RemedyMetrics.consortiumMembers(shared);
        System.out.printf("B8 seed %d: quality shared %.3f alone %.3f, price LF %.2f antitrust %.2f%n", seed,
                RemedyMetrics.quality(shared, members::contains), RemedyMetrics.quality(alone, members::contains),
                RemedyMetrics.memberPriceOverCompetitive(shared, competitive, 20),
                RemedyMetrics.memberPriceOverCompetitive(watched, competitive, 20));
        assertThat(members).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(RemedyMetrics.quality(shared, members::contains)).as("members' quality with spillovers")
                .isGreaterThan(RemedyMetrics.quality(alone, members::contains));
        assertThat(RemedyMetrics.memberPriceOverCompetitive(shared, competitive, 20))
                .as("members' price over the competitive level without antitrust watch").isGreaterThan(1.25);
        assertThat(RemedyMetrics.memberPriceOverCompetitive(watched, competitive, 20))
                .as("members' price over the competitive level under antitrust").isLessThan(1.15);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void safetyStandardsTradeCostForTrust(long seed) {
        List<String> lineup = List.of("safety-skimper", "safety-skimper", "safety-skimper", "safety-skimper",
                "cost-plus", "specialist");
        MatchResult free = play(REMEDIES, Policies.remedial("none", RemedySettings.none()), seed, lineup);
        MatchResult standard = play(REMEDIES, Policies.remedial("standard",
                new RemedySettings(false, 0, 0, 500, 0, false, 1.25, false, -1, 1.0, 0, 10)), seed, lineup);
        System.out.printf("B9 seed %d: incidents %d vs %d, adoption %.3f vs %.3f, compliance %d%n", seed,
                RemedyMetrics.incidents(free), RemedyMetrics.incidents(standard), RemedyMetrics.finalAdoption(free),
                RemedyMetrics.finalAdoption(standard), RemedyMetrics.complianceCost(standard));
        assertThat(RemedyMetrics.incidents(standard)).as("incidents").isLessThan(RemedyMetrics.incidents(free));
        assertThat(RemedyMetrics.finalAdoption(standard)).as("adoption at the end")
                .isGreaterThan(RemedyMetrics.finalAdoption(free));
        assertThat(RemedyMetrics.complianceCost(standard)).as("compliance cost").isPositive();
    }

    /** Behaviour 10, averaged over three seeds per level of strictness: the two ends of the balance. */
    @org.junit.jupiter.api.Test
    void overRegulationHasAPrice() {
        List<String> lineup = dev.involution.arena.lab.LabOptions.DEFAULT_LINEUP;
        double[] levels = {0, 0.2, 0.4, 0.6, 0.8, 1.0};
        double[] rnd = new double[levels.length];
        double[] active = new double[levels.length];
        double[] waste = new double[levels.length];
        double[] bankrupt = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            for (long seed = 1; seed <= 3; seed++) {
                MatchResult r = play(REMEDIES, Policies.remedial("strictness", RemedySettings.strictness(levels[i])),
                        seed, lineup);
                rnd[i] += RemedyMetrics.totalRnd(r) / 3.0;
                active[i] += RemedyMetrics.activeFirms(r) / 3.0;
                waste[i] += RemedyMetrics.giveaways(r) / 3.0;
                bankrupt[i] += RemedyMetrics.bankruptcies(r) / 3.0;
            }
            System.out.printf("B10 strictness %.1f: rnd %.0f active %.2f giveaways %.0f bankruptcies %.2f%n",
                    levels[i], rnd[i], active[i], waste[i], bankrupt[i]);
        }
        int last = levels.length - 1;
        int light = 1;
        assertThat(rnd[last]).as("total R&D at the strict end vs light rules").isLessThan(rnd[light]);
        assertThat(active[last]).as("firms still in the market at the strict end vs light rules")
                .isLessThan(active[light]);
        assertThat(waste[0]).as("giveaways burned at the loose end vs light rules").isGreaterThan(waste[light]);
        assertThat(bankrupt[0]).as("bankruptcies at the loose end vs light rules").isGreaterThan(bankrupt[light]);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void noDegeneratePlayPays(long seed) {
        List<String> lineup = List.of("idle", "price-gouger", "cost-plus", "subsidizer", "innovator", "undercutter");
        MatchResult r = play(Policies.LAISSEZ_FAIRE, seed, lineup);
        List<FirmView> firms = r.firms();
        System.out.printf("B11 seed %d: idle %d gouger %d cost-plus %d%n", seed, firms.get(0).cash(),
                firms.get(1).cash(), firms.get(2).cash());
        assertThat(firms.get(0).cash()).as("a firm that never buys compute").isLessThan(firms.get(2).cash());
        assertThat(firms.get(1).cash()).as("a firm that raised its price tenfold for a round")
                .isLessThan(firms.get(2).cash());
    }
}
