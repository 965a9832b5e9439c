package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;

/**
 * The match's source of chance: SplitMix64, whose whole state is one {@code long}, so a match can
 * be hashed, snapshotted and replayed exactly on any JVM.
 */
public final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    /**
     * The seed of the {@code n}th independent stream drawn from {@code seed} (SplitMix64 of the two):
     * how a match seeds each seat's strategy and a tournament each of its matches.
     */
    public static long derive(long seed, long n) {
        return OrderBook.mix(seed + GOLDEN_GAMMA * n);
    }

    public long state() {
        return state;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return OrderBook.mix(state);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound) for bound > 0. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return Math.floorMod(nextLong(), bound);
    }

    /** Rounds {@code x >= 0} down or up at random, up with probability equal to its fraction: unbiased. */
    public long stochasticRound(double x) {
        double floor = Math.floor(x);
        return (long) floor + (nextDouble() < x - floor ? 1 : 0);
    }
}
