package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.Figure;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.RemedySettings;
import dev.involution.arena.engine.simulation.MatchSimulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The remedies' standing rules carry their own terms as figures, so that a page can word each rule
 * in its own language and money; the server's reason and the rule's value stay as they were.
 */
class RemedyStandingFiguresTest {
    private static final MarketConfig CONFIG = MarketConfig.defaults().withRounds(3).withMaxFirms(6)
            .withRemedies(Remedies.defaults());
    /** Every standing rule at once: farms, research, grants, a standard, a levy, a ban, a cap and a floor. */
    private static final RemedySettings ALL_RULES = new RemedySettings(true, 300_000, 600_000, 500, 300, false, 1.25,
            true, 12, 1.0, 1.5, 10);

    private static final List<Intervention> IMPOSED = MatchSimulation.run(new Market(CONFIG, 5),
            TestAgents.remedySeats(6, 5, 4), Policies.remedial("all rules", ALL_RULES)).interventions();

    private static Intervention first(InterventionKind kind) {
        return IMPOSED.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void publicFarmsCarryTheUseCasesAndTheLicenseFeePerServedUser() {
        Intervention farms = first(InterventionKind.PUBLIC_FARMS);
        assertThat(farms.figures()).containsExactly(Figure.count("useCases", 4),
                Figure.perUser("publicLicenseFee", Remedies.defaults().models().publicLicenseFee()));
        assertThat(farms.value()).isEqualTo(0b1111);
        assertThat(farms.reason()).startsWith("Public specialized farms train an open model for each of the 4 use "
                + "cases");
    }

    @Test
    void basicResearchCarriesItsCentsARound() {
        Intervention research = first(InterventionKind.BASIC_RESEARCH);
        assertThat(research.figures()).containsExactly(Figure.cents("basicResearch", 300_000));
        assertThat(research.value()).isEqualTo(300_000);
    }

    @Test
    void theSafetyStandardCarriesItsThresholdInUsersAndItsSpendPerUser() {
        Intervention standard = first(InterventionKind.SAFETY_STANDARD);
        assertThat(standard.figures()).containsExactly(
                Figure.count("standardThreshold", Remedies.defaults().safety().standardThreshold()),
                Figure.perUser("safetyStandard", 0.5));
        assertThat(standard.value()).as("cents per 1,000 users, as set").isEqualTo(500);
        assertThat(standard.reason()).contains("spends at least 0.50 cents per user a round on safety");
    }

    @Test
    void theLevyCarriesItsRateAsAShareOfRevenue() {
        Intervention levy = first(InterventionKind.LEVY);
        assertThat(levy.figures()).containsExactly(Figure.share("levy", 0.03));
        assertThat(levy.value()).as("basis points").isEqualTo(300);
        assertThat(levy.reason()).startsWith("Levy of 3.0% of every firm's revenue to the regulator's budget until "
                + "round ");
    }

    @Test
    void aConsortiumBanNeedsNothingButItsEnd() {
        Intervention ban = first(InterventionKind.CONSORTIUM_BAN);
        assertThat(ban.figures()).isEmpty();
        assertThat(ban.reason()).isEqualTo("Research consortia are banned until round " + ban.untilRound() + ".");
    }

    @Test
    void aStandingCapAndFloorCarryTheirCentsPerUser() {
        Intervention cap = first(InterventionKind.GIVEAWAY_CAP);
        assertThat(cap.figures()).containsExactly(Figure.perUser("giveawayCap", 12));
        assertThat(cap.value()).isEqualTo(12);
        Intervention floor = first(InterventionKind.PRICE_FLOOR);
        long expected = (long) Math.ceil(1.5 * CONFIG.supply().baseCost() / CONFIG.usersPerUnit());
        assertThat(floor.figures()).containsExactly(Figure.perUser("priceFloor", expected));
        assertThat(floor.value()).isEqualTo(expected);
    }

    @Test
    void aGrantCarriesItsShareOfTheGrantsBudgetAndTheFirmsItIsSplitOver() {
        List<Intervention> grants = IMPOSED.stream().filter(i -> i.kind() == InterventionKind.RND_GRANT).toList();
        assertThat(grants).isNotEmpty().allSatisfy(g -> {
            long firms = Math.round(g.figures().get(2).value());
            assertThat(g.figures()).containsExactly(Figure.cents("grant", g.value()),
                    Figure.cents("grantsBudget", 600_000), Figure.count("firms", firms));
            assertThat(g.value()).isEqualTo(600_000 / firms);
        });
    }
}
