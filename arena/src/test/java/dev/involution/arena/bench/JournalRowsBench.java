package dev.involution.arena.bench;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AskPattern;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import dev.involution.arena.Arena;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.testkit.PostgresDatabase;
import dev.involution.arena.testkit.RequiredServices;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: what the journal costs per order when a group-commit batch of orders is
 * written as one row per order (what a match does) or as one row carrying the whole batch, on the
 * H2 file journal (with H2 options to compare) and on PostgreSQL. Run by {@code bench/journal-rows.sh}.
 *
 * <p>Starts the real arena (its persistence configuration, serializers and journal DAO) on a fresh
 * data directory or database, and drives a bare event-sourced writer in it: one write in flight at
 * a time, as a match writes, each write {@code batch} realistic {@code order-placed} events, either
 * persisted as a list (one row each) or wrapped in one event (one row). Reports orders per second
 * and the JVM's CPU time per order (the process's, so the database's own threads count for H2,
 * not for PostgreSQL, whose server is separate processes: their CPU is summed from /proc over every
 * process named {@code postgres}, other users of that server included). Options: {@code orders} (60000), {@code batch} (32),
 * {@code warmup} (20000), {@code h2-options} (what to compare on H2, separated by |: extra URL
 * settings for the production layout, an empty entry for the production URL, {@code library} for
 * akka-persistence-jdbc's own table layout; default {@code library|}), {@code postgres} (true: also
 * on PostgreSQL at 127.0.0.1), {@code fills} (0: bids that rest, as {@code bench/durable-orders.sh}
 * places; 2: orders that traded twice, with a client order id, as bots' orders look).
 */
public final class JournalRowsBench {

    /** A batch of orders in one event: one journal row per write. */
    public record OrderBatch(List<MatchEvent.OrderPlaced> orders) implements CborSerializable {
    }

    sealed interface Command extends CborSerializable {
    }

    record Write(int orders, int fills, boolean oneRow, ActorRef<Long> replyTo) implements Command {
    }

    /** The writer: persists what it is told, replies once it is durable. */
    static final class Writer extends EventSourcedBehavior<Command, Object, Long> {
        private long seq;

        Writer(String id) {
            super(PersistenceId.ofUniqueId(id));
        }

        @Override
        public Long emptyState() {
            return 0L;
        }

        @Override
        public CommandHandler<Command, Object, Long> commandHandler() {
            return newCommandHandlerBuilder().forAnyState().onCommand(Write.class, (state, w) -> {
                List<MatchEvent.OrderPlaced> orders = new ArrayList<>(w.orders());
                long at = System.currentTimeMillis();
                for (int i = 0; i < w.orders(); i++) {
                    seq++;
                    orders.add(order(seq, at, w.fills()));
                }
                List<Object> events = w.oneRow() ? List.of(new OrderBatch(orders)) : List.copyOf(orders);
                return Effect().persist(events).thenReply(w.replyTo(), s -> s);
            }).build();
        }

        /**
         * An order event: a bid that rests (no fills, no client order id: what
         * {@code bench/durable-orders.sh} places), or one that traded against {@code fills} resting
         * asks and carries a client order id, as a bot's orders do (about 320 bytes with two fills, 150 without).
         */
        private static MatchEvent.OrderPlaced order(long seq, long at, int fills) {
            int firm = (int) (seq % 8);
            long price = 1 + seq % 50;
            if (fills == 0) {
                return new MatchEvent.OrderPlaced(seq, at, firm, Side.BUY, price, 1, null, seq, List.of(), 1);
            }
            List<Fill> trades = new ArrayList<>(fills);
            for (int f = 0; f < fills; f++) {
                trades.add(new Fill(seq * 16 + f, seq, firm, (firm + 1 + f) % 8, price, 1));
            }
            return new MatchEvent.OrderPlaced(seq, at, firm, Side.BUY, price, fills, "round-" + seq / 100 + "-" + seq % 100,
                    seq, trades, 0);
        }

        @Override
        public EventHandler<Long, Object> eventHandler() {
            return newEventHandlerBuilder().forAnyState().onAnyEvent((state, e) -> state + 1);
        }
    }

    private record Row(String journal, String rows, double ordersPerSecond, double cpuMicrosPerOrder,
                       double dbCpuMicrosPerOrder) {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int orders = (int) options.getLong("orders", 60_000);
        int batch = (int) options.getLong("batch", 32);
        int warmup = (int) options.getLong("warmup", 20_000);
        int fills = (int) options.getLong("fills", 0);
        List<Variant> variants = new ArrayList<>();
        for (String entry : options.get("h2-options", "library|").split("\\|", -1)) {
            boolean library = entry.equals("library");
            String h2 = library ? "" : entry;
            variants.add(new Variant("H2, " + (library ? "library's table layout" : "keyed by ordering") + h2,
                    dir -> s -> s.withDataDir(dir).with("arena.db.kind", "h2")
                            .with("arena.db.h2.db.url", h2Url(dir, h2))
                            .with("arena.db.h2-journal-keyed-by-ordering", !library), false));
        }
        if (Boolean.parseBoolean(options.get("postgres", "true"))) {
            variants.add(new Variant("PostgreSQL", null, true));
        }
        // A first pass on a scratch database warms the JVM (JIT) and is not reported; then every
        // variant twice, the second pass in reverse order, so that no variant always runs warmest.
        measure(new ArrayList<>(), variants.get(0), orders, fills, batch, warmup);
        List<Row> rows = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < variants.size(); i++) {
                measure(rows, variants.get(pass == 0 ? i : variants.size() - 1 - i), orders, fills, batch, warmup);
            }
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%n%,d orders in writes of %d, one write in flight, %d fills an order%n%n",
                orders, batch, fills));
        t.append("| journal | rows | orders/s | arena JVM CPU µs per order | database server CPU µs per order |\n");
        t.append("|---|---|---:|---:|---:|\n");
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.1f | %s |%n", r.journal, r.rows,
                    r.ordersPerSecond, r.cpuMicrosPerOrder,
                    Double.isNaN(r.dbCpuMicrosPerOrder) ? "in the JVM" : String.format(Locale.ROOT, "%.1f",
                            r.dbCpuMicrosPerOrder)));
        }
        System.out.println(t);
        System.exit(0);
    }

    /** A journal to measure: H2 with settings (given the data directory), or PostgreSQL (a fresh database). */
    private record Variant(String name,
                           java.util.function.Function<Path, java.util.function.UnaryOperator<ArenaSettings>> h2,
                           boolean postgres) {
    }

    private static String h2Url(Path dir, String options) {
        return "jdbc:h2:file:" + dir.toAbsolutePath() + "/arena;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" + options;
    }

    private static void measure(List<Row> rows, Variant variant, int orders, int fills, int batch, int warmup)
            throws Exception {
        Path dir = Files.createTempDirectory("bench-journal-rows-");
        if (variant.postgres()) {
            try (PostgresDatabase db = PostgresDatabase.create(RequiredServices.POSTGRES)) {
                measure(rows, variant.name(), s -> db.configure(s.withDataDir(dir)), orders, fills, batch, warmup, true);
            }
        } else {
            measure(rows, variant.name(), variant.h2().apply(dir), orders, fills, batch, warmup, false);
        }
    }

    private static void measure(List<Row> rows, String journal, java.util.function.UnaryOperator<ArenaSettings> db,
                                int orders, int fills, int batch, int warmup, boolean postgres) throws Exception {
        Arena arena = Arena.start(db.apply(ArenaSettings.fromEnvironment().withHttpPort(0)
                .with("arena.http.interface", "127.0.0.1").with("arena.demo.enabled", false)
                .with("arena.admin-token", "bench-journal-rows")));
        try {
            for (boolean oneRow : new boolean[] {false, true}) {
                ActorRef<Command> writer = arena.system().systemActorOf(
                        (Behavior<Command>) new Writer("rows-" + oneRow + "-" + System.nanoTime()),
                        "writer-" + System.nanoTime(), akka.actor.typed.Props.empty());
                write(arena, writer, warmup, fills, batch, oneRow);
                long cpu0 = processCpuNanos();
                long db0 = postgres ? ProcCpu.postgresTicks() : 0;
                long t0 = System.nanoTime();
                write(arena, writer, orders, fills, batch, oneRow);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuMicros = (processCpuNanos() - cpu0) / 1e3 / orders;
                double dbMicros = !postgres ? Double.NaN
                        : (ProcCpu.postgresTicks() - db0) * 1e6 / ProcCpu.CLK_TCK / orders;
                Row row = new Row(journal, oneRow ? "one per write of " + batch : "one per order", orders / seconds,
                        cpuMicros, dbMicros);
                System.out.println(row);
                rows.add(row);
            }
        } finally {
            arena.stop();
        }
    }

    private static void write(Arena arena, ActorRef<Command> writer, int orders, int fills, int batch, boolean oneRow)
            throws Exception {
        for (int done = 0; done < orders; done += batch) {
            int n = Math.min(batch, orders - done);
            AskPattern.<Command, Long>ask(writer, r -> new Write(n, fills, oneRow, r), Duration.ofSeconds(30),
                    arena.system().scheduler()).toCompletableFuture().get();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU ticks of other processes (the PostgreSQL server's), from /proc. */
    private static final class ProcCpu {
        static final long CLK_TCK = 100;

        static long postgresTicks() {
            return ServerCpu.ticksOfEntries(Path.of("/proc"), "postgres"::equals);
        }
    }
}
