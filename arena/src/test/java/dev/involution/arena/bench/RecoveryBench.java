package dev.involution.arena.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.involution.arena.Arena;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchSettings;
import dev.involution.arena.testkit.MatchFiller;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: how long a match with many events takes to come back after a restart,
 * against one with few (docs/BENCHMARKS.md, "Recovery"). Run by {@code bench/recovery.sh}.
 *
 * <ol>
 *   <li>Starts the real {@link Arena} (H2 file journal, snapshots every 1,000 events as in
 *       production while the book is small, as it is here) in a fresh data directory and writes two matches straight through their
 *       entities, without HTTP: {@code small} with {@code small-events} events and {@code large}
 *       with {@code events}. After the match is created, seated and started, each is filled with
 *       resting bids and cancels of them, {@code in-flight} bids (each with its cancel) at a time, so that group commit
 *       batches them as it would under load; every command must be accepted. The event count is
 *       then exact, and each match's sequence number and state hash are noted.</li>
 *   <li>Stops the arena. Then, {@code repeats} times and alternating which match goes first,
 *       starts a new arena on the same data directory and times the first
 *       {@code GET /api/matches/{id}}: the entity starts, loads its latest snapshot, replays the
 *       events after it and answers. Before it, {@code GET}s of three matches that do not exist
 *       start the sharding coordinator; the last of them times the fixed cost of waking an
 *       entity (shard allocation, an empty recovery). The answer
 *       must show the same sequence number and state hash as before the restart.</li>
 * </ol>
 *
 * The first restart warms the JVM and is not counted. Options ({@code --name=value}):
 * {@code events} (1000000), {@code small-events} (1000), {@code repeats} (5), {@code in-flight}
 * (2000), {@code players} (8), {@code resting} (0: the large match's last this many bids are left
 * resting, without their cancels, so that it ends with a book of that size), {@code client-order-ids} (false: with true every bid carries a
 * client order id, which the match keeps for idempotent retries, and rounds of {@code round-millis}
 * (1000) settle while the bids go in), {@code data-dir} (a new
 * temporary directory, deleted at the end), {@code out} (a file for the markdown table).
 */
public final class RecoveryBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMALL = "recovery-small";
    private static final String LARGE = "recovery-large";
    private static final int WARM_UP_WAKES = 3;

    private final BenchOptions options;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RecoveryBench(BenchOptions options, Path dataDir) {
        this.options = options;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        boolean temporary = !options.has("data-dir");
        Path dataDir = temporary ? Files.createTempDirectory("bench-recovery-") : Path.of(options.get("data-dir", ""));
        try {
            new RecoveryBench(options, dataDir).run();
        } finally {
            if (temporary) {
                deleteRecursively(dataDir);
            }
        }
        System.exit(0);
    }

    private long option(String name, long fallback) {
        return options.getLong(name, fallback);
    }

    /** What a match looked like before the restart. */
    private record Written(String matchId, long events, long stateHash, double writeSeconds) {
    }

    private record Timing(String matchId, long emptyMillis, long firstAnswerMillis) {
    }

    private void run() throws Exception {
        long largeEvents = option("events", 1_000_000);
        long smallEvents = option("small-events", 1_000);
        int repeats = (int) option("repeats", 5);
        boolean clientOrderIds = Boolean.parseBoolean(options.get("client-order-ids", "false"));
        long resting = option("resting", 0);

        List<Written> written = new ArrayList<>();
        Arena arena = start();
        try {
            // With client order ids, rounds settle during the writing (1 s each by default): a match
            // remembers the ids of its current and previous round only, as a long match would.
            long roundMillis = option("round-millis", clientOrderIds ? 1_000 : MatchSettings.MAX_ROUND_MILLIS);
            MatchFiller filler = new MatchFiller(arena.system(), (int) option("players", 8),
                    (int) option("in-flight", 2_000), clientOrderIds, roundMillis, System.out::println);
            for (String matchId : List.of(SMALL, LARGE)) {
                MatchFiller.Filled filled = (matchId.equals(LARGE) ? filler.leavingResting(resting) : filler)
                        .fill(matchId, matchId.equals(SMALL) ? smallEvents : largeEvents);
                System.out.printf(Locale.ROOT, "%s: %,d events written in %.1f s (%,.0f events/s)%n",
                        matchId, filled.events(), filled.seconds(), filled.events() / filled.seconds());
                written.add(new Written(matchId, filled.events(), filled.stateHash(), filled.seconds()));
            }
        } finally {
            arena.stop();
        }
        long snapshotBytes = snapshotBytes(written);

        List<Timing> timings = new ArrayList<>();
        for (int r = 0; r <= repeats; r++) {
            List<Written> order = r % 2 == 0 ? written : List.of(written.get(1), written.get(0));
            for (Written w : order) {
                Timing t = restartAndTime(w, r);
                if (r > 0) {
                    timings.add(t);
                }
                System.out.printf(Locale.ROOT, "%s %s: first answer after %d ms (empty entity %d ms)%n",
                        r == 0 ? "warm-up" : "run " + r, w.matchId, t.firstAnswerMillis, t.emptyMillis);
            }
        }
        String table = table(written, timings, snapshotBytes, clientOrderIds);
        System.out.println();
        System.out.println(table);
        String out = options.get("out", "");
        if (!out.isEmpty()) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
    }

    private Arena start() {
        return Arena.start(ArenaSettings.fromEnvironment()
                .withHttpPort(0)
                .withDataDir(dataDir)
                .with("arena.http.interface", "127.0.0.1")
                .with("arena.db.kind", "h2")
                .with("arena.admin-token", "bench-recovery-admin")
                .with("arena.demo.enabled", false)
                // all the filler's bids in flight queue; admission control is not what this measures
                .with("arena.matches.max-queued-orders", 1_000_000)
                .with("arena.ask-timeout", "60s"));
    }

    // ---- restarting ----------------------------------------------------------------------

    private Timing restartAndTime(Written w, int run) throws Exception {
        Arena arena = start();
        try {
            String base = "http://127.0.0.1:" + arena.port();
            // Wake a few entities that never existed first: the sharding coordinator starts and the
            // region warms up; the last one's time is the fixed cost of waking any entity.
            long emptyMillis = 0;
            for (int i = 0; i < WARM_UP_WAKES; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> empty = get(base + "/api/matches/never-created-" + run + "-" + i + "-" + w.matchId);
                emptyMillis = (System.nanoTime() - t0) / 1_000_000;
                if (empty.statusCode() != 404) {
                    throw new IllegalStateException("a match that never existed answered " + empty.statusCode());
                }
            }
            long t1 = System.nanoTime();
            HttpResponse<String> response = get(base + "/api/matches/" + w.matchId);
            long millis = (System.nanoTime() - t1) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(w.matchId + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode details = JSON.readTree(response.body());
            if (details.get("seq").asLong() != w.events || details.get("stateHash").asLong() != w.stateHash) {
                throw new IllegalStateException(w.matchId + " recovered to seq " + details.get("seq") + " hash "
                        + details.get("stateHash") + ", expected " + w.events + " / " + w.stateHash);
            }
            return new Timing(w.matchId, emptyMillis, millis);
        } finally {
            arena.stop();
        }
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Size of each match's latest snapshot in the H2 file, read with plain JDBC while no arena runs. */
    private long snapshotBytes(List<Written> written) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/arena;DB_CLOSE_ON_EXIT=FALSE";
        long largest = 0;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.PreparedStatement s = c.prepareStatement("SELECT \"sequence_number\", "
                     + "OCTET_LENGTH(\"snapshot_payload\") FROM \"snapshot\" WHERE \"persistence_id\" = ? "
                     + "ORDER BY \"sequence_number\" DESC LIMIT 1")) {
            for (Written w : written) {
                s.setString(1, MatchEntity.persistenceId(w.matchId));
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        System.out.printf(Locale.ROOT, "%s: latest snapshot at event %d, %,d bytes%n",
                                w.matchId, rs.getLong(1), rs.getLong(2));
                        largest = Math.max(largest, rs.getLong(2));
                    }
                }
            }
        }
        return largest;
    }

    // ---- report --------------------------------------------------------------------------

    private static String table(List<Written> written, List<Timing> timings, long snapshotBytes,
                                boolean clientOrderIds) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Bids %s client order ids; largest snapshot %,d bytes%n%n",
                clientOrderIds ? "with" : "without", snapshotBytes));
        t.append("| Match | events | written in | first answer after restart, median (all runs) ms | empty entity, median ms |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        Map<String, Long> medians = new HashMap<>();
        for (Written w : written) {
            List<Long> answers = timings.stream().filter(x -> x.matchId.equals(w.matchId))
                    .map(Timing::firstAnswerMillis).sorted().toList();
            List<Long> empties = timings.stream().filter(x -> x.matchId.equals(w.matchId))
                    .map(Timing::emptyMillis).sorted().toList();
            long median = answers.get(answers.size() / 2);
            medians.put(w.matchId, median);
            t.append(String.format(Locale.ROOT, "| %s | %,d | %.1f s | %d (%s) | %d |%n", w.matchId, w.events,
                    w.writeSeconds, median, answers.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
                            .orElse(""), empties.get(empties.size() / 2)));
        }
        double ratio = (double) medians.get(LARGE) / Math.max(1, medians.get(SMALL));
        t.append(String.format(Locale.ROOT, "%nRatio %,d-event / %,d-event recovery (medians): %.2f (target <= 2: %s)%n",
                written.get(1).events, written.get(0).events, ratio, ratio <= 2 ? "met" : "missed"));
        return t.toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
