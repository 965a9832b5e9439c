package dev.involution.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Traders that place a fixed number of orders a second into one match, by the clock (an order
 * every {@code 1 / rate} s, in turn from each trader, sent without waiting for the last answer):
 * the match's stream then carries that many {@code order-placed} events a second however slow
 * the answers get. Small resting bids, as in {@link BotTraffic#order()}.
 */
final class PacedTraders {
    private static final int PRICES = 50;

    private final ArenaAdmin admin;
    private final String matchId;
    private final List<String> tokens = new ArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong placed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long startNanos;
    private volatile long stopNanos;

    PacedTraders(ArenaAdmin admin, String matchId, int traders, double ordersPerSecond) {
        this.admin = admin;
        this.matchId = matchId;
        for (int i = 0; i < traders; i++) {
            String token = admin.register("trader-" + i);
            admin.join(matchId, token);
            tokens.add(token);
        }
        startNanos = System.nanoTime();
        clock.scheduleAtFixedRate(this::placeOne, 0, Math.round(1e9 / ordersPerSecond), TimeUnit.NANOSECONDS);
    }

    private void placeOne() {
        long n = sent.getAndIncrement();
        String body = "{\"side\":\"BUY\",\"price\":" + (n % PRICES + 1) + ",\"quantity\":1,\"clientOrderId\":\"lean-"
                + n + "\"}";
        admin.postAsync("/api/matches/" + matchId + "/orders", tokens.get((int) (n % tokens.size())), body)
                .whenComplete((status, error) -> (error == null && status == 201 ? placed : failed).incrementAndGet());
    }

    void stop() {
        stopNanos = System.nanoTime();
        clock.shutdownNow();
    }

    /** Prints the orders sent, placed and failed, and the rate; whether none failed. */
    boolean report(PrintStream out) {
        double seconds = (stopNanos - startNanos) / 1e9;
        out.printf(Locale.ROOT, "traders: %,d orders sent in %.1f s (%.2f a second), %,d placed, %,d failed%n",
                sent.get(), seconds, sent.get() / seconds, placed.get(), failed.get());
        return failed.get() == 0;
    }
}
