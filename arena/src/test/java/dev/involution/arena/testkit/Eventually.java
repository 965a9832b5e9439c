package dev.involution.arena.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something that happens on the arena's own schedule (a round, a census), up to a generous bound. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Whether {@code condition} became true within the patience; it is checked every 100 ms. */
    public static boolean holds(BooleanSupplier condition) {
        return holds(PATIENCE, condition);
    }

    /** Whether {@code condition} became true within {@code patience}, for what takes longer than usual (whole tournaments). */
    public static boolean holds(Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
