package dev.involution.arena.lab;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.simulation.MatchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the lab's matches on a pool of worker threads: {@code matches} seeds ({@code seed},
 * {@code seed + 1}, ...) under every policy. Each match runs single-threaded in the deterministic
 * engine and writes its own CSV; the outcomes come back in a fixed order (policies as given, then
 * by seed), so the result does not depend on the number of threads or their timing.
 */
public final class PolicyLab {
    public static final String MATCHES_DIR = "matches";

    private PolicyLab() {
    }

    /** The CSV of one match under {@code out}: {@code matches/<policy>/seed-<seed>.csv}. */
    public static Path matchCsv(Path out, String policy, long seed) {
        return out.resolve(MATCHES_DIR).resolve(policy).resolve("seed-" + seed + ".csv");
    }

    /**
     * Plays every match, writing each match's CSV under {@code options.out()}, and tells
     * {@code progress} of each one done.
     *
     * @return the outcomes, in the order of the policies, then by seed
     * @throws LabFailure when a match fails or a file cannot be written
     */
    public static List<MatchOutcome> run(LabOptions options, Progress progress) {
        MarketConfig config = options.marketConfig();
        List<String> policies = options.policies();
        int matches = options.matches();
        try {
            for (String p : policies) {
                Files.createDirectories(options.out().resolve(MATCHES_DIR).resolve(p));
            }
        } catch (IOException e) {
            throw new LabFailure("cannot create " + options.out().resolve(MATCHES_DIR) + ": " + e.getMessage(), e);
        }
        MatchOutcome[] outcomes = new MatchOutcome[matches * policies.size()];
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), workers());
        try {
            List<Future<?>> futures = new ArrayList<>(outcomes.length);
            // seed by seed, so that every policy advances at the same pace and a partial run is paired
            for (int i = 0; i < matches; i++) {
                long seed = options.seed() + i;
                for (int p = 0; p < policies.size(); p++) {
                    String policy = policies.get(p);
                    int slot = p * matches + i;
                    futures.add(pool.submit(() -> {
                        outcomes[slot] = playOne(config, options, policy, seed);
                        progress.matchDone();
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(Arrays.asList(outcomes));
    }

    private static MatchOutcome playOne(MarketConfig config, LabOptions options, String policy, long seed)
            throws IOException {
        MatchResult result = LabMatch.play(config, options.lineup(), policy, seed);
        MatchCsv.write(matchCsv(options.out(), policy, seed), result, options.lineup());
        return LabMatch.outcome(policy, options.lineup(), result);
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabFailure("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new LabFailure("a match failed: " + cause, cause);
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lab-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The lab could not finish: a match threw or a file could not be written. */
    public static final class LabFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LabFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
