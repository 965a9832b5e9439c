package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import net.jqwik.api.ForAll;
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
}
