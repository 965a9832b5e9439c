package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MoneyConservationTest {

    @Property(tries = 40)
    void cashChangesAddUpToTheCentEveryRound(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                             @ForAll @IntRange(min = 2, max = 12) int firms) {
        MarketConfig config = MarketConfig.defaults().withRounds(25).withMaxFirms(12);
        MatchResult result = MatchSimulation.run(config, seed, TestAgents.mixedSeats(firms, seed));

        long startCash = firms * config.startCash();
        long flows = 0;
        long farms = 0;
        for (RoundReport report : result.reports()) {
            Indicators ind = report.indicators();
            long fixed = report.firms().stream().mapToLong(FirmResult::fixedCost).sum();
            flows += ind.totalRevenue() - ind.totalGiveaway() - ind.totalRnd() - fixed - ind.computePaidToFarms()
                    - ind.totalFines() + ind.totalSubsidies();
            farms += ind.computePaidToFarms();
            long cashNow = report.firms().stream().mapToLong(FirmResult::cash).sum();
            assertThat(cashNow - startCash).as("round %d", report.round()).isEqualTo(flows);
        }
        long finalCash = result.firms().stream().mapToLong(FirmView::cash).sum();
        assertThat(finalCash - startCash).isEqualTo(flows);
        assertThat(farms).isPositive();
    }

    @Property(tries = 20)
    void eachFirmsNetIsTheChangeOfItsCashOverTheRound(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                      @ForAll("policies") String policy) {
        MarketConfig config = MarketConfig.defaults().withRounds(20).withMaxFirms(6);
        MatchResult result = MatchSimulation.run(config, seed, TestAgents.mixedSeats(6, seed),
                Policies.create(policy, PolicySettings.defaults()));
        long[] cash = new long[6];
        java.util.Arrays.fill(cash, config.startCash());
        for (RoundReport report : result.reports()) {
            for (FirmResult f : report.firms()) {
                assertThat(f.net()).as("firm %d in round %d", f.firmId(), report.round())
                        .isEqualTo(f.cash() - cash[f.firmId()]);
                cash[f.firmId()] = f.cash();
            }
        }
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(Policies.NAMES);
    }
}
