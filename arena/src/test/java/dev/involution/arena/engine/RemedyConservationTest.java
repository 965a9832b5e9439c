package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.engine.regulator.RemedySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.Seat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Under the article's remedies money is conserved across firms, the compute farms and the
 * regulator's budget, and users across firms and the outside pools, in every round.
 */
class RemedyConservationTest {
    private static final MarketConfig CONFIG = MarketConfig.defaults().withRounds(25).withMaxFirms(10)
            .withRemedies(Remedies.defaults());

    @Property(tries = 30)
    void moneyInEqualsMoneyOutAcrossFirmsFarmsAndTheBudget(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                           @ForAll @IntRange(min = 2, max = 10) int firms,
                                                           @ForAll("policies") RegulatorPolicy policy) {
        Market market = new Market(CONFIG, seed);
        MatchResult result = MatchSimulation.run(market, TestAgents.remedySeats(firms, seed, 4), policy);
        long start = firms * CONFIG.startCash() + CONFIG.remedies().publicFunds();
        long flows = 0;
        for (RoundReport report : result.reports()) {
            Indicators ind = report.indicators();
            RemedyIndicators r = ind.remedies();
            long fixed = 0;
            long safety = 0;
            for (FirmResult f : report.firms()) {
                fixed += f.fixedCost();
                safety += f.remedy().safety();
                assertThat(f.net()).as("net of firm %d in round %d", f.firmId(), report.round())
                        .isEqualTo(f.cash() - previousCash(result, report.round(), f.firmId()));
            }
            flows += ind.totalRevenue() - ind.computePaidToFarms() - ind.totalGiveaway() - ind.totalRnd() - fixed
                    - safety - r.grants() - r.publicFarms() - r.research();
            long cash = report.firms().stream().mapToLong(FirmResult::cash).sum();
            assertThat(cash + r.budget() - start).as("round %d", report.round()).isEqualTo(flows);
            assertThat(r.budget()).as("the budget never goes negative").isNotNegative();
        }
        assertThat(market.regulatorBudget()).isEqualTo(result.reports().get(24).indicators().remedies().budget());
    }

    private static long previousCash(MatchResult result, int round, int firmId) {
        return round == 1 ? CONFIG.startCash() : result.reports().get(round - 2).firms().get(firmId).cash();
    }

    @Property(tries = 30)
    void usersAreConservedAcrossFirmsAndTheOutsidePools(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                        @ForAll @IntRange(min = 2, max = 10) int firms,
                                                        @ForAll("policies") RegulatorPolicy policy) {
        Market market = new Market(CONFIG, seed);
        List<Seat> seats = TestAgents.remedySeats(firms, seed, 4);
        List<Seat> checked = seats.stream().map(s -> new Seat(s.name(), ctx -> {
            assertConserved(market);
            return s.agent().plan(ctx);
        })).toList();
        MatchSimulation.run(market, checked, policy);
        assertConserved(market);
    }

    private static void assertConserved(Market market) {
        long users = market.outsideUsers(Segment.LOYAL) + market.outsideUsers(Segment.MERCENARY);
        for (FirmView f : market.firms()) {
            assertThat(f.users()).isNotNegative();
            users += f.users();
            if (f.remedy() != null) {
                assertThat(f.remedy().usersByUseCase().stream().mapToLong(Long::longValue).sum()).isEqualTo(f.users());
            }
        }
        assertThat(users).as("users in round %d", market.round()).isEqualTo(CONFIG.marketSize());
    }

    @Provide
    Arbitrary<RegulatorPolicy> policies() {
        return Arbitraries.of(
                Policies.create(Policies.LAISSEZ_FAIRE, PolicySettings.defaults()),
                Policies.create(Policies.ANTITRUST, PolicySettings.defaults()),
                Policies.create(Policies.INDUSTRIAL, PolicySettings.defaults()),
                Policies.create(Policies.ARTICLE, PolicySettings.defaults()),
                Policies.create(Policies.OVER_REGULATION, PolicySettings.defaults()),
                Policies.remedial("grants", RemedySettings.none().withSpending(200_000, 600_000)));
    }

}
