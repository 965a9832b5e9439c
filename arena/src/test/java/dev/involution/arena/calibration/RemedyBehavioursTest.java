package dev.involution.arena.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.lab.LabOptions;
import dev.involution.arena.lab.RemedyScenarios;
import dev.involution.arena.lab.StrictnessSweep;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviours 5 to 11 of the rules (the article's remedies), played in fast-forward with the built-in
 * strategies and fixed seeds: the lab's own scenarios ({@link RemedyScenarios}), each claim asserted
 * on the lab's own metrics, seed by seed.
 */
class RemedyBehavioursTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void everyClaimOfBehaviours5To9And11HoldsOnTheSeed(long seed) {
        double[][] values = RemedyScenarios.measure(seed, MarketConfig.defaults().rounds());
        for (int c = 0; c < RemedyScenarios.CLAIMS.size(); c++) {
            RemedyScenarios.Claim claim = RemedyScenarios.CLAIMS.get(c);
            double a = values[c][0];
            double b = values[c][1];
            System.out.printf("behaviour %s seed %d: %s = %.4f vs %s = %.4f (%s)%n", claim.behaviour(), seed,
                    claim.labelA(), a, claim.labelB(), b, claim.text());
            if (claim.aAbove()) {
                assertThat(a).as("behaviour %s: %s: %s vs %s", claim.behaviour(), claim.text(), claim.labelA(),
                        claim.labelB()).isGreaterThan(b);
            } else {
                assertThat(a).as("behaviour %s: %s: %s vs %s", claim.behaviour(), claim.text(), claim.labelA(),
                        claim.labelB()).isLessThan(b);
            }
        }
    }

    /** Behaviour 10, averaged over three seeds per level of strictness: the two ends of the balance. */
    @Test
    void overRegulationHasAPrice() {
        List<String> lineup = LabOptions.DEFAULT_LINEUP;
        MarketConfig market = RemedyScenarios.market(MarketConfig.defaults().rounds()).withMaxFirms(lineup.size());
        double[] levels = StrictnessSweep.levels(0, 1, 6);
        double[][] mean = new double[levels.length][StrictnessSweep.Measure.values().length];
        for (int i = 0; i < levels.length; i++) {
            for (long seed = 1; seed <= 3; seed++) {
                double[] v = StrictnessSweep.measure(market, lineup, levels[i], seed);
                for (int m = 0; m < v.length; m++) {
                    mean[i][m] += v[m] / 3;
                }
            }
            System.out.printf("behaviour 10 strictness %.1f: R&D %.0f, active %.2f, giveaways %.0f, bankruptcies %.2f%n",
                    levels[i], mean[i][0], mean[i][1], mean[i][2], mean[i][3]);
        }
        int last = levels.length - 1;
        int light = 1;
        int rnd = StrictnessSweep.Measure.RND.ordinal();
        int active = StrictnessSweep.Measure.ACTIVE.ordinal();
        int giveaways = StrictnessSweep.Measure.GIVEAWAYS.ordinal();
        int bankruptcies = StrictnessSweep.Measure.BANKRUPTCIES.ordinal();
        assertThat(mean[last][rnd]).as("total R&D at the strict end vs light rules").isLessThan(mean[light][rnd]);
        assertThat(mean[last][active]).as("firms still in the market at the strict end vs light rules")
                .isLessThan(mean[light][active]);
        assertThat(mean[0][giveaways]).as("giveaways burned at the loose end vs light rules")
                .isGreaterThan(mean[light][giveaways]);
        assertThat(mean[0][bankruptcies]).as("bankruptcies at the loose end vs light rules")
                .isGreaterThan(mean[light][bankruptcies]);
    }
}
