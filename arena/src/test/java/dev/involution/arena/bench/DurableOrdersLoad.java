package dev.involution.arena.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Benchmark, not a test: durable order POSTs into ONE match against the no-op route of the same
 * server, in one run, at one concurrency (docs/BENCHMARKS.md, "Durable orders into one match").
 * Run by {@code bench/durable-orders.sh}, which builds and starts the server; this main only needs
 * a running arena with a known admin token and a rate limit above the offered load.
 *
 * <ol>
 *   <li>setup (not measured): registers {@code players} players, creates a match with that many
 *       seats, seats them, starts it;</li>
 *   <li>(a) closed loop, {@code POST /api/noop} with an order-shaped body: rps, p50, p99;</li>
 *   <li>(b) closed loop, {@code POST /api/matches/{id}/orders}: small bids (1..50 cents, one
 *       unit) that rest in the book, each connection for one of the players; every 201 is durable;</li>
 *   <li>(c) open loop at half the no-op rps of (a): the no-op route, then the orders; p99 of each.
 *       Over {@code open-connections} (by default as many as the closed loop's): a connection waits
 *       for each answer, so what the server cannot take yet queues in this client, where no bound of
 *       the server sees it; more connections let the match's admission control see the overload.</li>
 * </ol>
 *
 * <p>Every phase warms up before it counts ({@link JitWarmup}): at least {@code warmup} seconds,
 * then until the server's JIT compilers took less than {@code jit-settled} percent of its CPU for
 * 5 s, at most {@code warmup-max} seconds; the table reports each phase's warm-up and the
 * compilers' share of the server's CPU in its counted window. The CPU figures are those of the
 * counted window.
 *
 * <p>Options ({@code --name=value}): {@code url} (http://127.0.0.1:18282), {@code admin-token}
 * (bench), {@code connections} (64), {@code open-connections} (the same), {@code players} (8),
 * {@code warmup} (10 s), {@code warmup-max} (60 s), {@code jit-settled} (5, percent), {@code duration}
 * (20 s), {@code round-millis} (2000, the bot-league round: the book is cleared at every round's end), {@code rounds} (1000), {@code phases} (abc), {@code rate} (for (c) without
 * (a)), {@code server-pid} (to report the server's CPU use), {@code clk-tck} (100), {@code out} (a
 * file for the markdown table).
 */
public final class DurableOrdersLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PRICES = 50;

    private final BenchOptions options;
    private final String base;
    private final String hostHeader;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private DurableOrdersLoad(BenchOptions options) {
        this.options = options;
        this.base = option("url", "http://127.0.0.1:18282");
        URI uri = URI.create(base);
        this.hostHeader = uri.getHost() + ":" + uri.getPort();
    }

    public static void main(String[] args) throws Exception {
        new DurableOrdersLoad(BenchOptions.parse(args)).run();
    }

    private String option(String name, String fallback) {
        return options.get(name, fallback);
    }

    private void run() throws Exception {
        int connections = Integer.parseInt(option("connections", "64"));
        int openConnections = Integer.parseInt(option("open-connections", String.valueOf(connections)));
        int players = Integer.parseInt(option("players", "8"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(option("warmup", "10")));
        Duration warmupMax = Duration.ofSeconds(Long.parseLong(option("warmup-max", "60")));
        double jitSettled = Double.parseDouble(option("jit-settled", "5")) / 100;
        Duration duration = Duration.ofSeconds(Long.parseLong(option("duration", "20")));
        String adminToken = option("admin-token", "bench");
        long roundMillis = Long.parseLong(option("round-millis", "2000"));
        int rounds = Integer.parseInt(option("rounds", "1000"));
        ServerCpu cpu = new ServerCpu(option("server-pid", ""), Integer.parseInt(option("clk-tck", "100")));
        Supplier<JitWarmup> warm = () -> new JitWarmup(cpu, warmup, warmupMax, jitSettled);

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            tokens.add(post("/api/players", null, "{\"name\":\"bench-" + i + "\"}").get("token").asText());
        }
        String matchId = post("/api/matches", adminToken, "{\"name\":\"bench\",\"roundMillis\":" + roundMillis
                + ",\"rounds\":" + rounds + ",\"seats\":" + players + "}").get("matchId").asText();
        for (String token : tokens) {
            post("/api/matches/" + matchId + "/seats", token, null);
        }
        post("/api/matches/" + matchId + "/start", adminToken, null);
        System.out.printf(Locale.ROOT, "match %s: %d players seated and started; %d connections%n",
                matchId, players, connections);

        URI uri = URI.create(base);
        HttpLoad load = new HttpLoad(uri.getHost(), uri.getPort(), connections);
        String ordersPath = "/api/matches/" + matchId + "/orders";
        IntFunction<HttpLoad.RequestSource> noop = i -> cycle(i, null, "/api/noop");
        IntFunction<HttpLoad.RequestSource> orders = i -> cycle(i, tokens.get(i % tokens.size()), ordersPath);

        String phases = option("phases", "abc");
        List<Row> rows = new ArrayList<>();
        Row noopClosed = null;
        if (phases.contains("a")) {
            noopClosed = measure(cpu, warm.get(), "(a) no-op POST, closed loop",
                    w -> load.closedLoop("noop", noop, w, duration));
            rows.add(noopClosed);
        }
        if (phases.contains("b")) {
            rows.add(measure(cpu, warm.get(), "(b) durable order POST, closed loop",
                    w -> load.closedLoop("orders", orders, w, duration)));
        }
        if (phases.contains("c")) {
            double rate = options.has("rate") ? Double.parseDouble(options.get("rate", ""))
                    : noopClosed.result.rps() / 2;
            HttpLoad open = new HttpLoad(uri.getHost(), uri.getPort(), openConnections);
            rows.add(measure(cpu, warm.get(), String.format(Locale.ROOT, "(c) no-op POST, open loop at %.0f/s", rate),
                    w -> open.openLoop("noop-open", noop, rate, w, duration)));
            rows.add(measure(cpu, warm.get(), String.format(Locale.ROOT, "(c) durable order POST, open loop at %.0f/s", rate),
                    w -> open.openLoop("orders-open", orders, rate, w, duration)));
        }

        JsonNode match = get("/api/matches/" + matchId);
        String table = table(rows, connections, phases.contains("c") && openConnections != connections
                ? openConnections : 0, duration, match);
        System.out.println();
        System.out.println(table);
        String out = option("out", "");
        if (!out.isEmpty()) {
            Files.writeString(Path.of(out), table, StandardCharsets.UTF_8);
        }
    }

    /** Connection {@code i}'s requests: order-shaped bodies with prices cycling through 1..50 cents. */
    private HttpLoad.RequestSource cycle(int i, String bearer, String path) {
        byte[][] prepared = new byte[PRICES][];
        for (int p = 0; p < PRICES; p++) {
            prepared[p] = HttpLoad.request("POST", hostHeader, path, bearer,
                    "{\"side\":\"BUY\",\"price\":" + (p + 1) + ",\"quantity\":1}");
        }
        int[] next = {i % PRICES};
        return () -> prepared[next[0]++ % PRICES];
    }

    private record Row(String name, HttpLoad.Result result, double serverCores, double clientCores,
                       double otherCores, Duration warmed, double compilerShare) {
    }

    private interface Phase {
        HttpLoad.Result run(HttpLoad.Warmup warmup) throws Exception;
    }

    /** Runs a phase; the CPU figures are those of its counted window, after the warm-up. */
    private static Row measure(ServerCpu cpu, JitWarmup warmup, String name, Phase phase) throws Exception {
        System.out.printf(Locale.ROOT, "%s ...%n", name);
        HttpLoad.Result r = phase.run(warmup);
        ServerCpu.Sample before = warmup.measuredFrom();
        ServerCpu.Sample after = cpu.sample();
        Row row = new Row(name, r, cpu.serverCores(before, after), cpu.clientCores(before, after),
                cpu.otherCores(before, after), warmup.warmed(), cpu.compilerShare(before, after));
        System.out.printf(Locale.ROOT, "  warmed %d s (JIT %s of the server's CPU in its last %d s); "
                        + "%,.0f req/s, p50 %.2f ms, p99 %.2f ms, statuses %s, errors %d%s%n",
                warmup.warmed().toSeconds(), percent(warmup.lastShare()), JitWarmup.WINDOW.toSeconds(),
                r.rps(), r.percentileMillis(50), r.percentileMillis(99), r.statuses(), r.errors(),
                r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
        return row;
    }

    private static String table(List<Row> rows, int connections, int openConnections, Duration duration,
                                JsonNode match) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%d connections%s, %d s measured per phase%n%n", connections,
                openConnections > 0 ? " (the open loop: " + openConnections + ")" : "", duration.toSeconds()));
        t.append("| Phase | req/s | 201/s | 503 | other non-201 | p50 ms | p99 ms | p99.9 ms | max ms | p99 of 201 ms"
                + " | CPU cores: server | load generator | other processes | server CPU µs per 201"
                + " | warm-up s | server's JIT compilers, share of its CPU |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            HttpLoad.Result r = row.result;
            long refused = r.count(503);
            long other = r.requests() - r.count(201) - refused;
            t.append(String.format(Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %d | %d | %.2f | %.2f | %.2f | %.1f | %.2f | %s | %s | %s | %s | %d | %s |%n",
                    row.name, r.rps(), r.acceptedRps(), refused, other, r.percentileMillis(50),
                    r.percentileMillis(99), r.percentileMillis(99.9), r.latency().getMaxValue() / 1e6,
                    r.acceptedPercentileMillis(99), cores(row.serverCores), cores(row.clientCores),
                    cores(row.otherCores), micros(row.serverCores, r.acceptedRps()), row.warmed.toSeconds(),
                    percent(row.compilerShare)));
        }
        if (rows.size() == 4) {
            double ratio = rows.get(1).result.acceptedRps() / rows.get(0).result.acceptedRps();
            HttpLoad.Result open = rows.get(3).result;
            double p99Ratio = open.acceptedPercentileMillis(99) / rows.get(2).result.acceptedPercentileMillis(99);
            long refused = open.count(503);
            t.append(String.format(Locale.ROOT, "%n| Target | measured | target | met |%n|---|---:|---:|---|%n"));
            t.append(String.format(Locale.ROOT, "| durable order rps / no-op rps (closed loop) | %.2f | >= 0.5 | %s |%n",
                    ratio, ratio >= 0.5 ? "yes" : "no"));
            t.append(String.format(Locale.ROOT,
                    "| p99 of accepted durable orders / no-op p99 at half the no-op rps (open loop) | %.2f | <= 3 | %s |%n",
                    p99Ratio, p99Ratio <= 3 ? "yes" : "no"));
            t.append(String.format(Locale.ROOT,
                    "| open loop: accepted / refused (503) durable orders | %,d / %,d (%.1f%% refused) | 503s counted, p99 bounded | %s |%n",
                    open.count(201), refused, 100.0 * refused / Math.max(1, open.requests()),
                    p99Ratio <= 3 ? "yes" : "no"));
        }
        t.append(String.format(Locale.ROOT, "%nThe match holds %d events after the run (status %s).%n",
                match.path("seq").asLong(), match.path("summary").path("status").asText()));
        return t.toString();
    }

    /** Server CPU time per accepted request, in microseconds. */
    private static String micros(double cores, double acceptedRps) {
        return Double.isNaN(cores) || acceptedRps == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", cores * 1e6 / acceptedRps);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "n/a" : String.format(Locale.ROOT, "%.2f", cores);
    }

    private JsonNode post(String path, String bearer, String json) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            r.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            r.POST(HttpRequest.BodyPublishers.noBody());
        }
        return answer(r, path);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return answer(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET(), path);
    }

    private JsonNode answer(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
