package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsTest {

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({
        "1, 12.7062047362",
        "2, 4.3026527297",
        "4, 2.7764451052",
        "5, 2.5705818356",
        "10, 2.2281388520",
        "30, 2.0422724563",
        "100, 1.9839715185",
        "1000, 1.9623390808"})
    void twoSidedNinetyFivePercentQuantilesMatchTheTables(int df, double expected) {
        assertThat(Stats.tQuantile(0.975, df)).isCloseTo(expected, within(1e-7));
    }

    @Test
    void otherQuantilesAndTheCdf() {
        assertThat(Stats.tQuantile(0.95, 10)).isCloseTo(1.8124611228, within(1e-7));
        assertThat(Stats.tQuantile(0.995, 20)).isCloseTo(2.8453397098, within(1e-7));
        assertThat(Stats.tQuantile(0.025, 5)).isCloseTo(-2.5705818356, within(1e-7));
        assertThat(Stats.tQuantile(0.5, 3)).isZero();
        assertThat(Stats.tCdf(0, 7)).isCloseTo(0.5, within(1e-12));
        // df = 1 is the Cauchy distribution: P(T <= 1) = 3/4
        assertThat(Stats.tCdf(1, 1)).isCloseTo(0.75, within(1e-10));
        assertThat(Stats.tCdf(-1, 1)).isCloseTo(0.25, within(1e-10));
        assertThat(Stats.tCdf(Double.POSITIVE_INFINITY, 3)).isEqualTo(1.0);
    }

    @Test
    void logGammaOfIntegersIsTheLogOfTheFactorial() {
        assertThat(Stats.logGamma(1)).isCloseTo(0, within(1e-9));
        assertThat(Stats.logGamma(5)).isCloseTo(Math.log(24), within(1e-9));
        assertThat(Stats.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-9));
    }

    @Test
    void meanAndSampleStandardDeviation() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        assertThat(Stats.mean(v)).isEqualTo(5.0);
        assertThat(Stats.sd(v)).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    }

    @Test
    void medians() {
        assertThat(Stats.median(new double[] {5, 1, 3})).isEqualTo(3.0);
        assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Stats.median(new double[] {1, 2, 1e9})).isEqualTo(2.0);
        assertThat(Stats.median(new double[0])).isNaN();
    }

    @Test
    void intervalOfOneToFive() {
        // mean 3, s = sqrt(2.5), half width = t(0.975, 4) * s / sqrt(5) = 2.7764451052 * 0.7071067812
        ConfidenceInterval ci = Stats.meanInterval(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertThat(ci.n()).isEqualTo(5);
        assertThat(ci.mean()).isEqualTo(3.0);
        assertThat(ci.sd()).isCloseTo(1.5811388301, within(1e-9));
        assertThat(ci.low()).isCloseTo(1.0367568385, within(1e-8));
        assertThat(ci.high()).isCloseTo(4.9632431615, within(1e-8));
        assertThat(ci.halfWidth()).isCloseTo(1.9632431615, within(1e-8));
        assertThat(ci.known()).isTrue();
    }

    @Test
    void constantSamplesHaveAZeroWidthInterval() {
        ConfidenceInterval ci = Stats.meanInterval(new double[] {3, 3, 3}, 0.95);
        assertThat(ci.low()).isEqualTo(3.0);
        assertThat(ci.high()).isEqualTo(3.0);
    }

    @Test
    void oneValueHasNoKnownInterval() {
        ConfidenceInterval ci = Stats.meanInterval(new double[] {42}, 0.95);
        assertThat(ci.mean()).isEqualTo(42.0);
        assertThat(ci.known()).isFalse();
        assertThat(ci.above(0)).isFalse();
        assertThat(ci.below(100)).isFalse();
    }

    @Test
    void pairedDifferenceIsTheIntervalOfTheDifferences() {
        double[] a = {10, 12, 14, 16};
        double[] b = {9, 10, 11, 12};
        ConfidenceInterval d = Stats.pairedDifference(a, b, 0.95);
        ConfidenceInterval direct = Stats.meanInterval(new double[] {1, 2, 3, 4}, 0.95);
        assertThat(d).isEqualTo(direct);
        assertThat(d.above(0)).isTrue();
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Stats.meanInterval(new double[0], 0.95)).hasMessageContaining("no values");
        assertThatThrownBy(() -> Stats.meanInterval(new double[] {1, 2}, 1.0)).hasMessageContaining("level");
        assertThatThrownBy(() -> Stats.pairedDifference(new double[] {1}, new double[] {1, 2}, 0.95))
                .hasMessageContaining("differ in size");
        assertThatThrownBy(() -> Stats.tQuantile(1.0, 3)).hasMessageContaining("probability");
        assertThatThrownBy(() -> Stats.tCdf(1, 0)).hasMessageContaining("degrees of freedom");
    }
}
