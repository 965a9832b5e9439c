package dev.involution.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * K bots register, join one match (or several) and place, cancel and decide at a target rate:
 * the arena's order path under load, every order acknowledged only once it is durable.
 *
 * <pre>
 * load-tests/run.sh BotApiSimulation [-Dbots=30] [-Dmatches=1] [-Drate=0] [-Dduration=30] ...
 * </pre>
 *
 * With {@code rate=0} every bot sends its next request as soon as the last one is answered (a
 * closed loop of {@code bots} concurrent requests: the arena's throughput); with a rate, the bots
 * pace themselves to that many requests per second in all. {@link BaselineSimulation} sends the
 * same pattern to the no-op route.
 */
public class BotApiSimulation extends Simulation {

    // Parameters (system properties)
    static final String BASE_URL = Settings.baseUrl();
    static final int BOTS = Settings.integer("bots", 30);
    static final int MATCHES = Settings.integer("matches", 1);
    /** Requests per second of all bots together after their registration; 0: as fast as answered. */
    static final double RATE = Settings.decimal("rate", 0);
    static final Duration DURATION = Settings.seconds("duration", 30);
    static final Duration RAMP_UP = Settings.seconds("rampUp", 2);
    static final double ORDER_PERCENT = Settings.decimal("orderPercent", 80);
    static final double CANCEL_PERCENT = Settings.decimal("cancelPercent", 10);
    static final double DECISION_PERCENT = Settings.decimal("decisionPercent", 10);
    static final long ROUND_MILLIS = Settings.integer("roundMillis", 2_000);
    /** Up to 30 bots per match: 32 seats, two for the idle players that let it start. */
    static final int SEATS = (BOTS + MATCHES - 1) / MATCHES + ArenaAdmin.ANCHORS;

    private final ArenaAdmin admin = new ArenaAdmin(BASE_URL, Settings.adminToken());
    private volatile List<String> matchIds = List.of();

    // Protocol
    final HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .warmUp(BASE_URL + "/health");

    // Feeders: bot-0, bot-1, ... spread over the matches (known once before() has created them)
    final Iterator<Map<String, Object>> bots = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("botName", "bot-" + i, "matchId", matchIds.get(i % matchIds.size())))
            .iterator();

    // Chains
    final BotTraffic traffic;
    final ChainBuilder enter;
    final ChainBuilder play;

    // Scenarios
    final ScenarioBuilder botScenario;

    public BotApiSimulation() {
        this(BotTraffic.Target.ARENA);
    }

    /** The same simulation with the requests sent to {@code target} ({@link BaselineSimulation}). */
    protected BotApiSimulation(BotTraffic.Target target) {
        ArenaAdmin.checkSeats(SEATS);
        traffic = new BotTraffic(target);
        enter = exec(traffic.register(), traffic.join());
        play = during(DURATION).on(
                RATE > 0 ? pace(Duration.ofNanos((long) (BOTS / RATE * 1e9))) : exec(session -> session),
                traffic.action(ORDER_PERCENT, CANCEL_PERCENT, DECISION_PERCENT));
        botScenario = scenario("bots").feed(bots).exec(enter, play);

        setUp(botScenario.injectOpen(rampUsers(BOTS).during(RAMP_UP)))
                .protocols(httpProtocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        matchIds = traffic.target() == BotTraffic.Target.ARENA
                ? admin.runningMatches(MATCHES, matchConfig("bot-api", SEATS, ROUND_MILLIS))
                : List.of("none");
    }

    @Override
    public void after() {
        admin.stopAll();
    }

    /** A match config for load: many rounds (the simulation stops it), no house bots. */
    static String matchConfig(String name, int seats, long roundMillis) {
        return "{\"name\":\"" + name + "\",\"rounds\":1000,\"roundMillis\":" + roundMillis + ",\"seats\":" + seats
                + ",\"houseBots\":[]}";
    }
}
