package dev.involution.arena.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * A phase's warm-up that lasts until the server's JIT compilers have settled: at least
 * {@code least}, then until HotSpot's compiler threads took less than {@code settledShare} of the
 * server's CPU over the last {@link #WINDOW}, at most {@code most}. A phase measured while the
 * compilers still work on the code under load measures them too: on a slow two-core machine the
 * C2 compiler took 32% of the server's CPU 15 to 30 s into a phase warmed for a fixed 10 s, and 6–8%
 * after 30 s. Without the server's /proc (not Linux, no pid) it warms for {@code least}.
 */
final class JitWarmup implements HttpLoad.Warmup {

    /** The span over which the compilers' share is judged. */
    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final long STEP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ServerCpu cpu;
    private final Duration least;
    private final Duration most;
    private final double settledShare;
    private ServerCpu.Sample measuredFrom;
    private long warmedNanos;
    private double lastShare = Double.NaN;

    JitWarmup(ServerCpu cpu, Duration least, Duration most, double settledShare) {
        if (most.compareTo(least) < 0) {
            throw new IllegalArgumentException("the longest warm-up (" + most + ") is shorter than the shortest (" + least + ")");
        }
        this.cpu = cpu;
        this.least = least;
        this.most = most;
        this.settledShare = settledShare;
    }

    @Override
    public void await(long startNanos) throws InterruptedException {
        Deque<ServerCpu.Sample> lastWindow = new ArrayDeque<>();
        long leastEnd = startNanos + least.toNanos();
        long mostEnd = startNanos + most.toNanos();
        long next = Math.max(startNanos, leastEnd - WINDOW.toNanos());
        while (true) {
            sleepUntil(next);
            ServerCpu.Sample now = cpu.sample();
            lastWindow.addLast(now);
            while (now.nanos() - lastWindow.peekFirst().nanos() > WINDOW.toNanos()) {
                lastWindow.removeFirst();
            }
            if (now.nanos() >= leastEnd) {
                lastShare = cpu.compilerShare(lastWindow.peekFirst(), now);
                if (Double.isNaN(lastShare) || lastShare < settledShare || now.nanos() >= mostEnd) {
                    measuredFrom = now;
                    warmedNanos = now.nanos() - startNanos;
                    return;
                }
            }
            next += STEP_NANOS;
        }
    }

    /** The server's counters when the warm-up ended: the start of the counted window. */
    ServerCpu.Sample measuredFrom() {
        return measuredFrom;
    }

    /** How long the warm-up lasted. */
    Duration warmed() {
        return Duration.ofNanos(warmedNanos);
    }

    /** The compilers' share of the server's CPU in the warm-up's last window (NaN: unknown). */
    double lastShare() {
        return lastShare;
    }

    private static void sleepUntil(long at) throws InterruptedException {
        long left = at - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
