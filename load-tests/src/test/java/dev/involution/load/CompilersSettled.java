package dev.involution.load;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The wait, after a run's ramp-up, until the arena's JIT compilers have settled: until they took
 * less than {@code settledPercent} of one core over the last {@link #WINDOW} (their compile time as
 * the arena's /metrics counts it), at most {@code most}. A window measured while C2 still compiles
 * the code under load measures the compiler too: at 5,000 subscribers of a match the C2 thread
 * still took 8.6% of the arena's core a minute after the start, sharing it with the stream edge.
 */
final class CompilersSettled {
    /** The span over which the compilers' share is judged. */
    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final long STEP_MILLIS = 1_000;

    private final DoubleSupplier compileSeconds;
    private final double settledPercent;
    private final Duration most;

    /**
     * @param compileSeconds the compilers' total time so far, in seconds (NaN: unknown, then nothing is waited for)
     * @param settledPercent the compilers' share of one core under which they count as settled (0: no wait)
     */
    CompilersSettled(DoubleSupplier compileSeconds, double settledPercent, Duration most) {
        this.compileSeconds = compileSeconds;
        this.settledPercent = settledPercent;
        this.most = most;
    }

    /** Waits; a line for the report: how long, and the compilers' last share. */
    String await() throws InterruptedException {
        if (settledPercent <= 0) {
            return "compilers: not waited for";
        }
        long start = System.nanoTime();
        Deque<double[]> samples = new ArrayDeque<>();
        while (true) {
            long now = System.nanoTime();
            double seconds = compileSeconds.getAsDouble();
            if (Double.isNaN(seconds)) {
                return "compilers: their time unknown (no jvm_compilation_time_seconds_total), not waited for";
            }
            samples.addLast(new double[] {now, seconds});
            while (now - samples.peekFirst()[0] > WINDOW.toNanos()) {
                samples.removeFirst();
            }
            double[] first = samples.peekFirst();
            double span = (now - first[0]) / 1e9;
            double percent = span <= 0 ? Double.NaN : 100 * (seconds - first[1]) / span;
            double waited = (now - start) / 1e9;
            if (span >= WINDOW.toSeconds() - 1 && percent < settledPercent) {
                return String.format(Locale.ROOT, "compilers: settled after %.0f s more (%.1f%% of a core over the last %.0f s)",
                        waited, percent, span);
            }
            if (waited >= most.toSeconds()) {
                return String.format(Locale.ROOT, "compilers: NOT settled after %.0f s (%.1f%% of a core over the last %.0f s)",
                        waited, percent, span);
            }
            Thread.sleep(STEP_MILLIS);
        }
    }
}
