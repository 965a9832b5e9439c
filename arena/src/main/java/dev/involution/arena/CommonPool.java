package dev.involution.arena;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Keeps the JVM's common fork-join pool at two threads or more. With one (the JDK's default on a
 * machine or container of two CPUs or fewer: CPUs - 1), {@link CompletableFuture} runs every
 * {@code *Async} step without an executor on a thread of its own, started for it and ended after
 * it; and Akka's Java API hands out futures whose {@code thenApply} is such a step. Every ask a route
 * makes then started a thread: under load thousands a second, hundreds of thousands over a
 * run. Must run before anything uses {@link CompletableFuture} or the common pool, so first in
 * {@code main}.
 */
final class CommonPool {
    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private CommonPool() {
    }

    /** Sets the common pool's parallelism to at least 2, unless it was set explicitly. */
    static void atLeastTwoThreads() {
        if (System.getProperty(PARALLELISM) == null) {
            System.setProperty(PARALLELISM,
                    Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
    }

    /** Whether {@link CompletableFuture}'s async steps run on the common pool, not a thread each. */
    static boolean shared() {
        return ForkJoinPool.getCommonPoolParallelism() > 1;
    }
}
