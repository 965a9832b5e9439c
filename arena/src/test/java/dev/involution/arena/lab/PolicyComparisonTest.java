package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyComparisonTest {
    private static final List<String> LINEUP = List.of("subsidizer", "innovator", "subsidizer");

    private static MatchOutcome outcome(String policy, long seed, double welfare, long hhi, int bankruptcies,
                                        String winner, double[] spiral) {
        return new MatchOutcome(policy, seed, welfare, hhi, 1_000, 2.0, bankruptcies, 1.0, 0, winner, 3,
                spiral, new double[spiral.length], new double[spiral.length], 0);
    }

    private static PolicyComparison comparison() {
        List<MatchOutcome> outcomes = new ArrayList<>();
        // laissez-faire: welfare 100, 102, 104; HHI 5000-ish; 2 bankruptcies
        for (int i = 0; i < 3; i++) {
            outcomes.add(outcome("laissez-faire", 1 + i, 100 + 2 * i, 5_000 + 10 * i, 2, "subsidizer",
                    new double[] {1, 2, 3}));
        }
        // guardrails: each seed 10 more welfare; same HHI; fewer bankruptcies; one round shorter
        for (int i = 0; i < 3; i++) {
            outcomes.add(outcome("guardrails", 1 + i, 110 + 2 * i + (i == 1 ? 1 : 0), 5_000 + 10 * i, 1,
                    i == 0 ? "innovator" : "subsidizer", i == 0 ? new double[] {3, 0} : new double[] {1, 0, 0}));
        }
        return new PolicyComparison(List.of("laissez-faire", "guardrails"), LINEUP, 3, outcomes);
    }

    @Test
    void intervalsPerPolicyAndMetric() {
        PolicyComparison c = comparison();
        ConfidenceInterval welfare = c.interval("laissez-faire", Metric.CONSUMER_WELFARE);
        assertThat(welfare.mean()).isEqualTo(102.0);
        assertThat(welfare.n()).isEqualTo(3);
        // s = 2, t(0.975, 2) = 4.3026527297, half width = 4.3026527297 * 2 / sqrt(3)
        assertThat(welfare.halfWidth()).isCloseTo(4.9682754235, within(1e-8));
        assertThat(c.values("guardrails", Metric.BANKRUPTCIES)).containsExactly(1, 1, 1);
        assertThat(c.meanInterventions("guardrails")).isEqualTo(3.0);
    }

    @Test
    void theBestPolicyDependsOnTheMetricsDirection() {
        PolicyComparison c = comparison();
        assertThat(c.ranking(Metric.CONSUMER_WELFARE)).containsExactly("guardrails", "laissez-faire");
        assertThat(c.best(Metric.CONSUMER_WELFARE)).containsExactly("guardrails");
        assertThat(c.best(Metric.BANKRUPTCIES)).containsExactly("guardrails");
        assertThat(c.best(Metric.FINAL_HHI)).isEmpty();
        assertThat(c.verdict(Metric.FINAL_HHI)).isEqualTo("No difference: every policy averages 5,010.");
        assertThat(c.verdict(Metric.CONSUMER_WELFARE))
                .startsWith("guardrails is best, with the highest mean (112.3), clearly ahead of the runner-up "
                        + "laissez-faire: paired difference 10.3, 95% CI ");
    }

    @Test
    void policiesThatTieAreBestTogether() {
        List<MatchOutcome> outcomes = new ArrayList<>();
        for (String policy : List.of("laissez-faire", "guardrails", "industrial")) {
            for (int i = 0; i < 3; i++) {
                int bankruptcies = policy.equals("laissez-faire") ? 2 + i % 2 : i % 2;
                outcomes.add(outcome(policy, 1 + i, 100, 5_000, bankruptcies, "innovator", new double[] {0}));
            }
        }
        PolicyComparison c = new PolicyComparison(List.of("laissez-faire", "guardrails", "industrial"), LINEUP, 1,
                outcomes);
        assertThat(c.best(Metric.BANKRUPTCIES)).containsExactly("guardrails", "industrial");
        assertThat(c.verdict(Metric.BANKRUPTCIES)).startsWith("guardrails and industrial tie for best, with the "
                + "lowest mean (0.333), clearly ahead of the runner-up laissez-faire: paired difference -2, 95% CI ")
                .doesNotContain("median");
    }

    @Test
    void theVerdictNamesTheBestByMedianWhenOutliersDecideTheMean() {
        List<MatchOutcome> outcomes = new ArrayList<>();
        double[][] welfare = {{10, 10, 10, 10, 10}, {11, 11, 11, 11, 1}};
        List<String> policies = List.of("laissez-faire", "guardrails");
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < 5; i++) {
                outcomes.add(outcome(policies.get(p), 1 + i, welfare[p][i], 5_000, 0, "innovator", new double[] {0}));
            }
        }
        PolicyComparison c = new PolicyComparison(policies, LINEUP, 1, outcomes);
        assertThat(c.median("guardrails", Metric.CONSUMER_WELFARE)).isEqualTo(11.0);
        assertThat(c.best(Metric.CONSUMER_WELFARE)).containsExactly("laissez-faire");
        assertThat(c.verdict(Metric.CONSUMER_WELFARE))
                .endsWith(" By the median, which a few extreme matches do not move, guardrails is best (11).");
        assertThat(c.verdict(Metric.FINAL_HHI)).doesNotContain("median");
    }

    @Test
    void equalMediansAddNoNote() {
        List<MatchOutcome> outcomes = new ArrayList<>();
        int[][] bankruptcies = {{0, 0, 0, 1, 1}, {0, 0, 0, 0, 1}};
        List<String> policies = List.of("laissez-faire", "guardrails");
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < 5; i++) {
                outcomes.add(outcome(policies.get(p), 1 + i, 10, 5_000, bankruptcies[p][i], "innovator",
                        new double[] {0}));
            }
        }
        PolicyComparison c = new PolicyComparison(policies, LINEUP, 1, outcomes);
        assertThat(c.best(Metric.BANKRUPTCIES)).containsExactly("guardrails");
        assertThat(c.verdict(Metric.BANKRUPTCIES)).doesNotContain("median");
    }

    @Test
    void differencesArePairedBySeed() {
        PolicyComparison c = comparison();
        ConfidenceInterval d = c.difference("guardrails", "laissez-faire", Metric.CONSUMER_WELFARE);
        assertThat(d.mean()).isCloseTo(31.0 / 3, within(1e-12));
        assertThat(d.above(0)).isTrue();
        assertThat(c.hasBaseline()).isTrue();
    }

    @Test
    void winnersAndPerRoundMeans() {
        PolicyComparison c = comparison();
        assertThat(c.strategies()).containsExactly("innovator", "subsidizer");
        assertThat(c.winners("guardrails")).containsEntry("innovator", 1).containsEntry("subsidizer", 2);
        assertThat(c.winners("laissez-faire")).containsEntry("innovator", 0).containsEntry("subsidizer", 3);
        assertThat(c.meanSeries("laissez-faire", PolicyComparison.Series.SPIRAL_INDEX)).containsExactly(1, 2, 3);
        // a match that ended early counts only in the rounds it played
        assertThat(c.meanSeries("guardrails", PolicyComparison.Series.SPIRAL_INDEX))
                .containsExactly(5.0 / 3, 0, 0);
    }

    @Test
    void policiesMustShareTheirSeeds() {
        List<MatchOutcome> outcomes = List.of(
                outcome("laissez-faire", 1, 1, 1, 0, "innovator", new double[] {0}),
                outcome("guardrails", 2, 1, 1, 0, "innovator", new double[] {0}));
        assertThatThrownBy(() -> new PolicyComparison(List.of("laissez-faire", "guardrails"), LINEUP, 1, outcomes))
                .hasMessageContaining("same seeds");
    }

    @Test
    void numbersForPeople() {
        assertThat(PolicyComparison.number(10_765_588.4)).isEqualTo("10,765,588");
        assertThat(PolicyComparison.number(3.0)).isEqualTo("3");
        assertThat(PolicyComparison.number(12.34)).isEqualTo("12.3");
        assertThat(PolicyComparison.number(0.98765)).isEqualTo("0.988");
        assertThat(PolicyComparison.number(0.0123456)).isEqualTo("0.0123");
        assertThat(PolicyComparison.number(Double.NaN)).isEqualTo("n/a");
    }
}
