package dev.involution.arena.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.Arena;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.http.Json;
import dev.involution.arena.player.AdminToken;
import dev.involution.arena.tournament.DrawnMatch;
import dev.involution.arena.tournament.FastTournamentReplay;
import dev.involution.arena.tournament.SeatResult;
import dev.involution.arena.tournament.TournamentSettings;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.TournamentRequest;
import dev.involution.bots.api.TournamentView;
import dev.involution.bots.strategy.BuiltInStrategies;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: what a fast tournament costs over playing its matches with the bare engine
 * (docs/BENCHMARKS.md, "Tournaments (fast mode)"). Run by {@code bench/tournaments.sh}.
 *
 * <p>Starts the real {@link Arena} (H2 file journal in a temporary data directory, no demo match,
 * admin token generated into the data directory and read from there). For each size
 * {@code ENTRANTSxSEATSxROUNDS} it creates a fast round-robin tournament of that many house bots
 * over HTTP ({@code POST /api/tournaments}), starts it ({@code POST .../start}) and polls
 * {@code GET /api/tournaments/{id}} every {@code poll-millis} until it is FINISHED: the time from
 * the start request to the first FINISHED answer is the tournament's time. Side by side, in this
 * JVM, the very same matches (same settings and seed, so the same schedule and match seeds, see
 * {@link FastTournamentReplay}) are played with the bare engine: one after another on one thread,
 * and on {@code parallelMatches} threads. A third figure replays the tournament's events into its
 * state and builds the whole view after each persisted batch, as the entity does, without actor,
 * journal or HTTP. The first tournament of each size must give every match exactly the result the
 * bare engine gives it.
 *
 * <p>Heap allocated: the bare runs count their own threads' allocations
 * ({@code ThreadMXBean.getThreadAllocatedBytes}); the tournament counts every thread of the JVM
 * alive at the end (arena, HTTP client, pollers), so threads that ended during the run are missed.
 *
 * <p>Each size runs {@code warm-up} times uncounted, then {@code repeats} times; the table shows
 * medians and the range. Times are never asserted. Options ({@code --name=value}): {@code sizes}
 * ({@code 12x6x10,64x8x25,256x32x20}), {@code repeats} (5), {@code warm-up} (2),
 * {@code parallel} (parallelMatches, 4), {@code poll-millis} (10), {@code seed} (42),
 * {@code match-rounds} (the default market's rounds), {@code out} (a file for the markdown table).
 */
public final class TournamentBench {

    private static final ObjectMapper JSON = Json.mapper();

    private final BenchOptions options;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String adminToken;

    private TournamentBench(BenchOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path dataDir = Files.createTempDirectory("bench-tournaments-");
        try {
            new TournamentBench(options, dataDir).run();
        } finally {
            deleteRecursively(dataDir);
        }
        System.exit(0);
    }

    /** A tournament size: entrants, seats per match and tournament rounds. */
    private record Size(int entrants, int seats, int rounds) {
        static Size parse(String s) {
            String[] p = s.trim().split("x");
            return new Size(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        }

        @Override
        public String toString() {
            return entrants + " × " + seats + " × " + rounds;
        }
    }

    /** One measured run of a size: nanoseconds and bytes allocated of each way of playing it. */
    private record Run(long tournamentNanos, long tournamentCpuNanos, long tournamentBytes, int polls,
                       long bareNanos, long bareBytes,
                       long parallelNanos, long parallelBytes, long viewsNanos, long viewsBytes) {
    }

    private record Result(Size size, int matches, int viewBytes, long getNanos, StreamTally.Totals stream,
                          List<Run> runs) {
    }

    private void run() throws Exception {
        String[] sizes = options.get("sizes", "12x6x10,64x8x25,256x32x20").split(",");
        int repeats = (int) options.getLong("repeats", 5);
        int warmUp = (int) options.getLong("warm-up", 2);
        int parallel = (int) options.getLong("parallel", 4);
        System.out.printf(Locale.ROOT, "threads allocation counting: %s; parallelMatches %d; %d warm-up + %d runs"
                + " per size%n", JvmTally.allocationCounted(), parallel, warmUp, repeats);

        Arena arena = Arena.start(ArenaSettings.fromEnvironment()
                .withHttpPort(0)
                .withDataDir(dataDir)
                .with("arena.http.interface", "127.0.0.1")
                .with("arena.db.kind", "h2")
                .with("arena.admin-token", "")
                .with("arena.demo.enabled", false)
                .with("arena.ask-timeout", "60s"));
        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            base = "http://127.0.0.1:" + arena.port();
            adminToken = Files.readString(dataDir.resolve(AdminToken.FILE_NAME)).strip();
            for (String s : sizes) {
                results.add(measure(Size.parse(s), parallel, warmUp, repeats, pool));
            }
        } finally {
            pool.shutdownNow();
            arena.stop();
        }
        String table = table(results, parallel);
        System.out.println();
        System.out.println(table);
        String out = options.get("out", "");
        if (!out.isEmpty()) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
    }

    private TournamentRequest request(Size size, int parallel) {
        List<String> strategies = BuiltInStrategies.names();
        List<String> bots = new ArrayList<>();
        for (int i = 0; i < size.entrants; i++) {
            bots.add(strategies.get(i % strategies.size()));
        }
        Integer matchRounds = options.has("match-rounds") ? (int) options.getLong("match-rounds", 0) : null;
        return new TournamentRequest("Bench " + size.entrants + "x" + size.seats + "x" + size.rounds,
                TournamentSettings.ROUND_ROBIN, TournamentSettings.FAST, size.rounds, size.seats, parallel,
                options.getLong("seed", 42), bots, null,
                new MatchConfigRequest(null, null, matchRounds, null, null, null, null, null, null, null));
    }

    private Result measure(Size size, int parallel, int warmUp, int repeats, ExecutorService pool) throws Exception {
        TournamentRequest request = request(size, parallel);
        TournamentSettings settings = TournamentSettings.from(request, PolicySettings.defaults(), () -> 1L);
        if (!settings.validate().isEmpty()) {
            throw new IllegalArgumentException(size + ": " + settings.validate());
        }
        List<DrawnMatch> schedule = FastTournamentReplay.schedule(settings);
        System.out.printf(Locale.ROOT, "%s: %d matches of %d firms, %d market rounds each%n", size,
                schedule.size(), size.seats, settings.match().market().rounds());
        List<List<SeatResult>> expected = null;
        List<Run> runs = new ArrayList<>();
        int viewBytes = 0;
        long getNanos = 0;
        StreamTally.Totals stream = null;
        for (int r = 0; r < warmUp + repeats; r++) {
            String label = r < warmUp ? "warm-up " + (r + 1) : "run " + (r - warmUp + 1);

            // The bare engine, one thread.
            long allocated0 = JvmTally.currentThreadAllocated();
            long t0 = System.nanoTime();
            List<List<SeatResult>> bare = new ArrayList<>(schedule.size());
            for (DrawnMatch m : schedule) {
                bare.add(FastTournamentReplay.play(settings, m));
            }
            long bareNanos = System.nanoTime() - t0;
            long bareBytes = JvmTally.currentThreadAllocated() - allocated0;
            if (expected == null) {
                expected = bare;
            }

            // The bare engine, parallelMatches threads; each task counts its own thread's allocations.
            List<Future<Long>> futures = new ArrayList<>(schedule.size());
            long t1 = System.nanoTime();
            for (DrawnMatch m : schedule) {
                futures.add(pool.submit(() -> {
                    long a = JvmTally.currentThreadAllocated();
                    FastTournamentReplay.play(settings, m);
                    return JvmTally.currentThreadAllocated() - a;
                }));
            }
            long parallelBytes = 0;
            for (Future<Long> f : futures) {
                parallelBytes += f.get();
            }
            long parallelNanos = System.nanoTime() - t1;

            // The tournament's state and views alone, on this thread.
            long allocated2 = JvmTally.currentThreadAllocated();
            long t2 = System.nanoTime();
            TournamentView replayed = FastTournamentReplay.replayWithViews("bench", settings, schedule, bare);
            long viewsNanos = System.nanoTime() - t2;
            long viewsBytes = JvmTally.currentThreadAllocated() - allocated2;
            if (replayed.summary().matchesPlayed() != schedule.size()) {
                throw new IllegalStateException("the replay recorded " + replayed.summary().matchesPlayed());
            }

            // The tournament, through the arena.
            Tournament t = playTournament(request, schedule.size());
            if (r == 0) {
                check(t.view, schedule, expected);
            }
            if (r == warmUp + repeats - 1) {
                viewBytes = t.body.getBytes(StandardCharsets.UTF_8).length;
                getNanos = timeGets(t.id);
                stream = t.stream;
            }
            System.out.printf(Locale.ROOT, "%s %s: tournament %.0f ms (JVM CPU %.0f ms, %d polls), bare %.0f ms,"
                            + " on %d threads %.0f ms, state+views %.0f ms; load average %.1f%n", size, label,
                    t.nanos / 1e6, t.spent.cpuNanos() / 1e6, t.polls, bareNanos / 1e6, parallel, parallelNanos / 1e6,
                    viewsNanos / 1e6, JvmTally.loadAverage());
            StringBuilder cpu = new StringBuilder("    JVM CPU by threads:");
            t.spent.cpuByGroup().forEach((group, nanos) -> {
                if (nanos >= 5_000_000) {
                    cpu.append(String.format(Locale.ROOT, " %s %.0f ms;", group, nanos / 1e6));
                }
            });
            System.out.println(cpu);
            if (r >= warmUp) {
                runs.add(new Run(t.nanos, t.spent.cpuNanos(), t.spent.bytes(), t.polls, bareNanos, bareBytes, parallelNanos, parallelBytes,
                        viewsNanos, viewsBytes));
            }
        }
        return new Result(size, schedule.size(), viewBytes, getNanos, stream, runs);
    }

    private record Tournament(String id, long nanos, JvmTally.Totals spent, int polls, String body, JsonNode view,
                              StreamTally.Totals stream) {
    }

    /** Creates and starts one tournament and polls it until it has finished. */
    private Tournament playTournament(TournamentRequest request, int matches) throws Exception {
        HttpResponse<String> created = post("/api/tournaments", request);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create answered " + created.statusCode() + ": " + created.body());
        }
        String id = JSON.readTree(created.body()).get("summary").get("tournamentId").asText();
        long pollMillis = options.getLong("poll-millis", 10);
        StreamTally tally = StreamTally.open(base.replaceFirst("^http", "ws") + "/api/tournaments/" + id + "/stream");
        JvmTally jvm = JvmTally.start();
        long t0 = System.nanoTime();
        HttpResponse<String> started = post("/api/tournaments/" + id + "/start", null);
        if (started.statusCode() != 200) {
            throw new IllegalStateException("start answered " + started.statusCode() + ": " + started.body());
        }
        int polls = 0;
        while (true) {
            HttpResponse<String> got = get("/api/tournaments/" + id);
            polls++;
            if (got.statusCode() != 200) {
                throw new IllegalStateException("GET answered " + got.statusCode() + ": " + got.body());
            }
            JsonNode view = JSON.readTree(got.body());
            if ("FINISHED".equals(view.get("summary").get("status").asText())) {
                long nanos = System.nanoTime() - t0;
                JvmTally.Totals spent = jvm.stop();
                if (view.get("summary").get("matchesPlayed").asInt() != matches) {
                    throw new IllegalStateException(id + " finished with " + view.get("summary").get("matchesPlayed")
                            + " of " + matches + " matches played");
                }
                StreamTally.Totals stream = tally.awaitFinished(30);
                System.out.printf(Locale.ROOT, "    stream: %d messages, %,d bytes (%,d per message, largest %,d)%s%n",
                        stream.messages(), stream.bytes(), stream.perMessage(), stream.largest(),
                        stream.sawFinish() ? "" : "; FINISHED never came");
                return new Tournament(id, nanos, spent, polls, got.body(), view, stream);
            }
            Thread.sleep(pollMillis);
        }
    }

    /** Every match of the tournament must have the bare engine's seed, seats and result. */
    private static void check(JsonNode view, List<DrawnMatch> schedule, List<List<SeatResult>> expected) {
        JsonNode matches = view.get("matches");
        if (matches.size() != schedule.size()) {
            throw new IllegalStateException("the tournament has " + matches.size() + " matches, the replay "
                    + schedule.size());
        }
        for (int i = 0; i < schedule.size(); i++) {
            JsonNode m = matches.get(i);
            DrawnMatch d = schedule.get(i);
            if (m.get("number").asInt() != d.number() || m.get("seed").asLong() != d.seed()) {
                throw new IllegalStateException("match " + d.number() + " differs: " + m);
            }
            ArrayNode seats = (ArrayNode) m.get("seats");
            for (int f = 0; f < d.seats().size(); f++) {
                JsonNode seat = seats.get(f);
                SeatResult r = expected.get(i).get(f);
                if (!seat.get("name").asText().equals(d.seats().get(f).name()) || seat.get("rank").asInt() != r.rank()
                        || seat.get("score").asLong() != r.score()) {
                    throw new IllegalStateException("match " + d.number() + " seat " + f + ": the tournament has "
                            + seat + ", the bare engine " + d.seats().get(f).name() + " " + r);
                }
            }
        }
    }

    /** Median time of a few GETs of the finished tournament: what one poll costs at the end. */
    private long timeGets(String id) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> got = get("/api/tournaments/" + id);
            times.add(System.nanoTime() - t0);
            if (got.statusCode() != 200) {
                throw new IllegalStateException("GET answered " + got.statusCode());
            }
        }
        return median(times);
    }

    private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(withoutNulls(JSON.valueToTree(body)).toString());
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            o.remove(nulls);
        }
        return node;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---- report --------------------------------------------------------------------------

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "median (min–max)" of a run's figure in ms. */
    private static String millis(List<Run> runs, java.util.function.ToLongFunction<Run> f) {
        List<Long> v = runs.stream().map(f::applyAsLong).toList();
        return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", median(v) / 1e6,
                v.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                v.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
    }

    private static double ratio(List<Run> runs, java.util.function.ToLongFunction<Run> over) {
        return (double) median(runs.stream().map(Run::tournamentNanos).toList())
                / median(runs.stream().map(over::applyAsLong).toList());
    }

    private static String perMatchKb(List<Run> runs, java.util.function.ToLongFunction<Run> f, int matches) {
        return String.format(Locale.ROOT, "%,.0f", median(runs.stream().map(f::applyAsLong).toList()) / 1e3 / matches);
    }

    private static String table(List<Result> results, int parallel) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Times in ms, median (min–max) of the measured runs; "
                + "parallelMatches = %d; the bare engine on 1 and on %d threads.%n%n", parallel, parallel));
        t.append("| entrants × seats × rounds | matches | tournament, start → FINISHED | JVM CPU during it | bare, 1 thread"
                + " | bare, ").append(parallel).append(" threads | tournament / bare 1 | tournament / bare ")
                .append(parallel).append(" | state + views alone | polls |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | **%.1f** | **%.1f** | %s | %d |%n",
                    r.size, r.matches, millis(r.runs, Run::tournamentNanos), millis(r.runs, Run::tournamentCpuNanos),
                    millis(r.runs, Run::bareNanos), millis(r.runs, Run::parallelNanos), ratio(r.runs, Run::bareNanos),
                    ratio(r.runs, Run::parallelNanos), millis(r.runs, Run::viewsNanos),
                    median(r.runs.stream().map(x -> (long) x.polls()).toList())));
        }
        t.append("\n| entrants × seats × rounds | final view JSON | one GET of it, finished | KB allocated per match: "
                + "tournament (whole JVM) | bare, 1 thread | bare, ").append(parallel)
                .append(" threads | state + views alone |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            t.append(String.format(Locale.ROOT, "| %s | %,d bytes | %.1f ms | %s | %s | %s | %s |%n", r.size,
                    r.viewBytes, r.getNanos / 1e6, perMatchKb(r.runs, Run::tournamentBytes, r.matches),
                    perMatchKb(r.runs, Run::bareBytes, r.matches), perMatchKb(r.runs, Run::parallelBytes, r.matches),
                    perMatchKb(r.runs, Run::viewsBytes, r.matches)));
        }
        t.append("\n| entrants × seats × rounds | stream messages to one subscriber | bytes per tournament"
                + " | bytes per message, mean | largest message |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        for (Result r : results) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %,d |%n", r.size, r.stream.messages(),
                    r.stream.bytes(), r.stream.perMessage(), r.stream.largest()));
        }
        return t.toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
