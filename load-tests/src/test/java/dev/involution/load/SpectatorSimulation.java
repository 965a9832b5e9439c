package dev.involution.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * N WebSocket subscribers to one running match, recording the lag between the server's timestamp
 * on each message and its arrival ({@link StreamLag}), while a few traders place orders at a fixed
 * rate into that match, so that every subscriber receives about that many messages a second (each
 * order is one {@code order-placed} event, plus a {@code round-settled} per round).
 *
 * <pre>
 * load-tests/run.sh SpectatorSimulation [-Dsubscribers=100] [-DeventsPerSecond=10] [-Dduration=30] ...
 * </pre>
 *
 * With {@code -Dtarget=noop} the same subscribers read the arena's no-op stream
 * ({@code /api/noop/stream}) instead: the same number of messages a second, of {@code bytes} bytes
 * each (the match stream's mean, or its mix as a cycle of sizes), with no match and no traders
 * behind them: the baseline.
 *
 * The subscribers connect during {@code rampUp}; the lag is recorded from then on, for
 * {@code duration} seconds, once a second per subscriber (messages that came during the ramp-up
 * are only checked for gaps).
 */
public class SpectatorSimulation extends Simulation {

    // Parameters (system properties)
    static final String BASE_URL = Settings.baseUrl();
    static final int SUBSCRIBERS = Settings.integer("subscribers", 100);
    /** Orders per second the traders place together: the stream's message rate. */
    static final double EVENTS_PER_SECOND = Settings.decimal("eventsPerSecond", 10);
    static final int TRADERS = Settings.integer("traders", 5);
    static final Duration RAMP_UP = Settings.seconds("rampUp", 10);
    static final Duration DURATION = Settings.seconds("duration", 30);
    static final long ROUND_MILLIS = Settings.integer("roundMillis", 2_000);
    /** Fail the run when the lag's 99th percentile exceeds this many ms (0: no such assertion). */
    static final int MAX_LAG_P99_MILLIS = Settings.integer("maxLagP99", 0);
    /** {@code match} (default) or {@code noop}: the baseline stream with no match behind it. */
    static final boolean NOOP = "noop".equals(Settings.text("target", "match"));
    /**
     * With {@code target=noop}: the size of each message, in bytes, or their sizes in a cycle
     * ({@code 170*20,3042,397}: the lean client prints a match stream's as its "size cycle").
     */
    static final String BYTES = Settings.text("bytes", "400");
    /** After the ramp-up, time for the last connections to settle before the lag is recorded. */
    static final Duration SETTLE = Duration.ofSeconds(3);

    private final ArenaAdmin admin = new ArenaAdmin(BASE_URL, Settings.adminToken());
    private volatile String matchId = "";
    private volatile long measureFrom;

    // Protocol
    final HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .wsBaseUrl(Settings.streamBaseUrl())
            .wsUnmatchedInboundMessageBufferSize(10_000)
            .acceptHeader("application/json")
            .warmUp(BASE_URL + "/health");

    // Feeders
    final Iterator<Map<String, Object>> traders = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("botName", "trader-" + i, "matchId", matchId))
            .iterator();
    final Iterator<Map<String, Object>> spectators = Stream.generate(() -> Map.<String, Object>of("matchId", matchId))
            .iterator();

    // Chains
    final BotTraffic traffic = new BotTraffic(BotTraffic.Target.ARENA);
    final ChainBuilder trade = exec(traffic.register(), traffic.join())
            .exec(during(RAMP_UP.plus(SETTLE).plus(DURATION).plusSeconds(2)).on(
                    pace(Duration.ofNanos((long) (TRADERS / EVENTS_PER_SECOND * 1e9))),
                    traffic.order()));
    final ChainBuilder watch = exec(StreamLag.statsHook())
            .exec(NOOP ? StreamLag.subscribe("/api/noop/stream?rate=" + Math.round(EVENTS_PER_SECOND) + "&bytes=" + BYTES)
                    : StreamLag.subscribe())
            .exec(pause(session -> Duration.ofMillis(Math.max(0, measureFrom - System.currentTimeMillis()))))
            .exec(StreamLag.skip())
            .exec(during(DURATION).on(pause(Duration.ofSeconds(1)), exec(StreamLag.record())))
            .exec(StreamLag.close());

    // Scenarios
    final ScenarioBuilder traderScenario = scenario("traders").feed(traders).exec(trade);
    final ScenarioBuilder spectatorScenario = scenario("spectators").feed(spectators).exec(watch);

    {
        ArenaAdmin.checkSeats(TRADERS + ArenaAdmin.ANCHORS);
        List<Assertion> assertions = new ArrayList<>(List.of(global().failedRequests().count().is(0L)));
        if (MAX_LAG_P99_MILLIS > 0) {
            assertions.add(details(StreamLag.LAG).responseTime().percentile(99.0).lte(MAX_LAG_P99_MILLIS));
        }
        (NOOP ? setUp(spectatorScenario.injectOpen(rampUsers(SUBSCRIBERS).during(RAMP_UP)))
                : setUp(traderScenario.injectOpen(rampUsers(TRADERS).during(Duration.ofSeconds(1))),
                        spectatorScenario.injectOpen(rampUsers(SUBSCRIBERS).during(RAMP_UP))))
                .protocols(httpProtocol)
                .assertions(assertions);
    }

    @Override
    public void before() {
        measureFrom = System.currentTimeMillis() + RAMP_UP.plus(SETTLE).toMillis();
        if (NOOP) {
            return;
        }
        matchId = admin.runningMatches(1, BotApiSimulation.matchConfig("spectators", TRADERS + ArenaAdmin.ANCHORS,
                ROUND_MILLIS)).get(0);
    }

    @Override
    public void after() {
        if (!NOOP) {
            admin.stopAll();
        }
        System.out.printf(Locale.ROOT, "stream lag recorded for %,d messages: %.1f per subscriber per second%n",
                StreamLag.recorded(), StreamLag.recorded() / (double) SUBSCRIBERS / DURATION.toSeconds());
    }
}
