package dev.involution.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
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
 * A large class: M matches of 30 players each (the classroom preset), every player with the
 * match's stream open in a WebSocket (as the browser UI keeps it) and acting every few seconds:
 * reads the match, sets decisions, places a bid, reads their firm and the book. Records the API's
 * response times and the stream's lag ({@link StreamLag}).
 *
 * <pre>
 * load-tests/run.sh ClassroomSimulation [-Dmatches=2] [-Dplayers=30] [-DactEvery=2] [-Dduration=60] ...
 * </pre>
 *
 * The scale at which the 99th percentiles of the turn's requests and of the stream lag stay under
 * 100 ms is found by raising {@code matches} (docs/BENCHMARKS.md); {@code -DmaxP99=100} makes the
 * run fail above it.
 */
public class ClassroomSimulation extends Simulation {

    // Parameters (system properties)
    static final String BASE_URL = Settings.baseUrl();
    static final int MATCHES = Settings.integer("matches", 2);
    /** Players per match: at most 30 (32 seats, two taken by the idle players that start it). */
    static final int PLAYERS = Settings.integer("players", 30);
    /** Seconds between the starts of a player's turns (each turn is 5 requests). */
    static final Duration ACT_EVERY = Settings.seconds("actEvery", 2);
    static final Duration RAMP_UP = Settings.seconds("rampUp", 10);
    static final Duration DURATION = Settings.seconds("duration", 60);
    /** The classroom preset's round. */
    static final long ROUND_MILLIS = Settings.integer("roundMillis", 15_000);
    /**
     * Fail the run when the 99th percentile of a turn's request or of the stream lag exceeds this
     * many ms (0: no such assertion). Registering and joining, once per player, are not included.
     */
    static final int MAX_P99_MILLIS = Settings.integer("maxP99", 0);
    static final List<String> WATCHED = List.of("match", "decisions", "order", "me", "book", StreamLag.LAG);

    private final ArenaAdmin admin = new ArenaAdmin(BASE_URL, Settings.adminToken());
    private volatile List<String> matchIds = List.of();

    // Protocol
    final HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .wsBaseUrl(Settings.wsBaseUrl())
            .wsUnmatchedInboundMessageBufferSize(10_000)
            .acceptHeader("application/json")
            .warmUp(BASE_URL + "/health");

    // Feeders: student-0, student-1, ... spread over the matches
    final Iterator<Map<String, Object>> students = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("botName", "student-" + i, "matchId", matchIds.get(i % matchIds.size())))
            .iterator();

    // Chains
    final BotTraffic traffic = new BotTraffic(BotTraffic.Target.ARENA);
    final ChainBuilder enter = exec(StreamLag.statsHook(), traffic.register(), traffic.join())
            .exec(StreamLag.subscribe());
    final ChainBuilder turn = exec(
            traffic.read("match", ""),
            traffic.decisions(),
            traffic.order(),
            traffic.read("me", "/me"),
            traffic.read("book", "/book"))
            .exec(StreamLag.record());
    final ChainBuilder play = during(DURATION).on(pace(ACT_EVERY), turn);

    // Scenarios
    final ScenarioBuilder classScenario = scenario("students").feed(students).exec(enter, play)
            .exec(StreamLag.close());

    {
        ArenaAdmin.checkSeats(PLAYERS + ArenaAdmin.ANCHORS);
        List<Assertion> assertions = new ArrayList<>(List.of(global().failedRequests().count().is(0L)));
        if (MAX_P99_MILLIS > 0) {
            WATCHED.forEach(name ->
                    assertions.add(details(name).responseTime().percentile(99.0).lte(MAX_P99_MILLIS)));
        }
        setUp(classScenario.injectOpen(rampUsers(MATCHES * PLAYERS).during(RAMP_UP)))
                .protocols(httpProtocol)
                .assertions(assertions);
    }

    @Override
    public void before() {
        matchIds = admin.runningMatches(MATCHES, "{\"name\":\"class\",\"preset\":\"classroom\",\"rounds\":1000,"
                + "\"roundMillis\":" + ROUND_MILLIS + ",\"seats\":" + (PLAYERS + ArenaAdmin.ANCHORS)
                + ",\"houseBots\":[]}");
    }

    @Override
    public void after() {
        admin.stopAll();
        System.out.printf(Locale.ROOT, "%d matches x %d players; stream lag recorded for %,d messages%n",
                MATCHES, PLAYERS, StreamLag.recorded());
    }
}
