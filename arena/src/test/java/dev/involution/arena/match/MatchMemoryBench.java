package dev.involution.arena.match;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.book.Side;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: the heap one match holds (docs/BENCHMARKS.md, "Memory per match"). Builds
 * a match's state through the same calls the entity makes (no actor, no journal) and measures the
 * heap it retains after full collections:
 *
 * <ul>
 *   <li>after 1,000,000 orders (each bid with a client order id, half of them cancelled again) over
 *       rounds of {@code orders-per-round} orders: what grows with a match's age;</li>
 *   <li>with a live book of {@code resting} resting bids in one round: what grows with the book.</li>
 * </ul>
 *
 * Options as {@code --name=value}: {@code orders} (1000000), {@code orders-per-round} (20000),
 * {@code resting} (10000), {@code firms} (8). Run with
 * {@code java -cp "$BENCH_CLASSPATH" dev.involution.arena.match.MatchMemoryBench} after
 * {@code source bench/common.sh; bench_build}.
 */
public final class MatchMemoryBench {

    public static void main(String[] args) {
        long orders = option(args, "orders", 1_000_000);
        long perRound = option(args, "orders-per-round", 20_000);
        int resting = (int) option(args, "resting", 10_000);
        int firms = (int) option(args, "firms", 8);

        long empty = retained(() -> List.of(match(firms, 0)));
        long aged = retained(() -> List.of(aged(firms, orders, perRound)));
        long book = retained(() -> List.of(withBook(firms, resting)));
        MatchState probe = aged(firms, orders, perRound);
        System.out.printf(Locale.ROOT, "| match | retained heap |%n|---|---:|%n");
        System.out.printf(Locale.ROOT, "| just started, %d firms | %,d bytes |%n", firms, empty);
        System.out.printf(Locale.ROOT, "| after %,d orders (%,d rounds; %,d keys remembered) | %,d bytes |%n",
                orders, probe.market().round() - 1, probe.rememberedKeys(), aged);
        System.out.printf(Locale.ROOT, "| live book of %,d resting bids | %,d bytes |%n", resting, book);
    }

    private static long option(String[] args, String name, long fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return Long.parseLong(a.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    static MatchState match(int firms, long roundsNeeded) {
        MatchState s = new MatchState("memory");
        MarketConfig defaults = MarketConfig.defaults();
        MarketConfig config = new MarketConfig((int) Math.max(10, roundsNeeded + 2), firms, defaults.marketSize(),
                defaults.usersPerUnit(), defaults.startCash(), defaults.startQuality(), defaults.defaultPrice(), 0,
                defaults.initialAdoption(), defaults.spiralSubsidyThreshold(), defaults.supply(), defaults.demand(),
                defaults.innovation());
        s.apply(new MatchEvent.MatchCreated(1, 0, "memory",
                new MatchSettings("memory", 60_000, 1, List.of(), "laissez-faire", null, false, config)));
        for (int f = 0; f < firms; f++) {
            s.apply(new MatchEvent.SeatTaken(s.seq() + 1, 0,
                    new SeatHolder(f, "player-" + f, "player " + f, SeatKind.PLAYER, null), null));
        }
        s.apply(new MatchEvent.MatchStarted(s.seq() + 1, 0, 60_000));
        return s;
    }

    /** {@code orders} bids with client order ids, every other one cancelled, rounds settled every {@code perRound}. */
    static MatchState aged(int firms, long orders, long perRound) {
        MatchState s = match(firms, orders / perRound);
        for (long i = 0; i < orders; i++) {
            int firm = (int) (i % firms);
            MatchState.Placed placed = s.placeOrderLive(0, firm, Side.BUY, 1 + i % 50, 1, "c" + i);
            if (!placed.code().ok()) {
                throw new IllegalStateException("order " + i + " refused: " + placed.code());
            }
            if (i % 2 == 1) {
                s.apply(new MatchEvent.OrderCancelled(s.seq() + 1, 0, firm, placed.event().orderId(), null));
            }
            if ((i + 1) % perRound == 0) {
                s.settleLive(0, 60_000);
            }
        }
        return s;
    }

    static MatchState withBook(int firms, int resting) {
        MatchState s = match(firms, 0);
        for (int i = 0; i < resting; i++) {
            if (!s.placeOrderLive(0, i % firms, Side.BUY, 1 + i % 4_000, 1, "c" + i).code().ok()) {
                throw new IllegalStateException("order " + i + " refused");
            }
        }
        return s;
    }

    /** Heap retained by what {@code build} returns, after full collections. */
    private static long retained(java.util.function.Supplier<List<Object>> build) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        settle(memory);
        long before = memory.getHeapMemoryUsage().getUsed();
        List<Object> kept = new ArrayList<>(build.get());
        settle(memory);
        long after = memory.getHeapMemoryUsage().getUsed();
        if (kept.isEmpty()) {
            throw new IllegalStateException("nothing built");
        }
        return after - before;
    }

    private static void settle(MemoryMXBean memory) {
        for (int i = 0; i < 4; i++) {
            memory.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
