package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.engine.regulator.RemedySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The levy on revenue is 0 in round 1 (the regulator puts it in force once a round is settled) and
 * under every policy without one; from round 2 the article's rules take 3% of each firm's revenue and
 * over-regulation 20%.
 */
class RemedyLevyTest {
    private static final MarketConfig CONFIG = MarketConfig.defaults().withRounds(8).withMaxFirms(6)
            .withRemedies(Remedies.defaults());

    private static List<RoundReport> play(RegulatorPolicy policy) {
        MatchResult result = MatchSimulation.run(new Market(CONFIG, 7), TestAgents.remedySeats(6, 7, 4), policy);
        return result.reports();
    }

    @ParameterizedTest
    @CsvSource({Policies.ARTICLE + ",300", Policies.OVER_REGULATION + ",2000"})
    void aLevyStartsInRoundTwoAtItsBasisPointsOfRevenue(String name, long basisPoints) {
        List<RoundReport> reports = play(Policies.create(name, PolicySettings.defaults()));
        RoundReport first = reports.get(0);
        assertThat(first.round()).isEqualTo(1);
        assertThat(first.indicators().remedies().levies()).as("round 1").isZero();
        assertThat(first.firms()).allSatisfy(f -> assertThat(f.remedy().levy()).isZero());
        assertThat(first.indicators().totalRevenue()).as("there was revenue to levy in round 1").isPositive();

        for (RoundReport report : reports.subList(1, reports.size())) {
            long levies = 0;
            for (FirmResult f : report.firms()) {
                assertThat(f.remedy().levy()).as("firm %d in round %d", f.firmId(), report.round())
                        .isEqualTo(f.revenue() * basisPoints / 10_000);
                levies += f.remedy().levy();
            }
            assertThat(report.indicators().remedies().levies()).as("round %d", report.round()).isEqualTo(levies);
        }
        assertThat(reports.get(1).indicators().remedies().levies()).as("round 2").isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {Policies.LAISSEZ_FAIRE, Policies.GUARDRAILS, Policies.ANTITRUST, Policies.INDUSTRIAL})
    void policiesWithoutALevyLevyNothing(String name) {
        assertNoLevy(play(Policies.create(name, PolicySettings.defaults())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "strictness 0"})
    void remediesWithoutALevyLevyNothing(String name) {
        RemedySettings settings = name.equals("none") ? RemedySettings.none() : RemedySettings.strictness(0);
        assertThat(settings.levyBasisPoints()).isZero();
        assertNoLevy(play(Policies.remedial(name, settings)));
    }

    private static void assertNoLevy(List<RoundReport> reports) {
        assertThat(reports).hasSize(CONFIG.rounds());
        for (RoundReport report : reports) {
            assertThat(report.indicators().remedies().levies()).as("round %d", report.round()).isZero();
            assertThat(report.firms()).allSatisfy(f -> assertThat(f.remedy().levy()).isZero());
        }
        assertThat(reports.stream().mapToLong(r -> r.indicators().totalRevenue()).sum()).as("revenue").isPositive();
    }
}
