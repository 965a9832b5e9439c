package dev.involution.load;

/**
 * Times in whole milliseconds, kept as counts per millisecond up to a minute (beyond that, as a
 * minute), for percentiles without keeping each time. Not thread-safe: one thread records.
 */
final class LagRecord {
    private static final int LIMIT = 60_000;

    private final long[] counts = new long[LIMIT + 1];
    private long count;
    private long sum;
    private long max;

    void add(long millis) {
        long m = Math.max(0, millis);
        counts[(int) Math.min(LIMIT, m)]++;
        count++;
        sum += m;
        max = Math.max(max, m);
    }

    long count() {
        return count;
    }

    long max() {
        return max;
    }

    long mean() {
        return count == 0 ? 0 : Math.round(sum / (double) count);
    }

    /** The smallest time that at least {@code p} percent of the times do not exceed (0 when none). */
    long percentile(double p) {
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(count * p / 100.0);
        long seen = 0;
        for (int ms = 0; ms <= LIMIT; ms++) {
            seen += counts[ms];
            if (seen >= rank) {
                return ms;
            }
        }
        return LIMIT;
    }
}
