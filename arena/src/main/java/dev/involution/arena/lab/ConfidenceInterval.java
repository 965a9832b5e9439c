package dev.involution.arena.lab;

/**
 * The mean of a sample with its two-sided Student-t confidence interval. With fewer than two
 * values the spread is unknown: {@code sd}, {@code low} and {@code high} are NaN.
 *
 * @param n     sample size
 * @param mean  sample mean
 * @param sd    sample standard deviation (n - 1 in the denominator)
 * @param level confidence level, e.g. 0.95
 * @param low   lower bound of the interval
 * @param high  upper bound of the interval
 */
public record ConfidenceInterval(int n, double mean, double sd, double level, double low, double high) {

    /** Half the width of the interval: mean ± this. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Whether the interval is known and lies entirely above zero. */
    public boolean above(double value) {
        return low > value;
    }

    /** Whether the interval is known and lies entirely below zero. */
    public boolean below(double value) {
        return high < value;
    }

    /** Whether the interval is known (two or more values). */
    public boolean known() {
        return !Double.isNaN(low);
    }
}
