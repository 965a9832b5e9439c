package dev.involution.arena.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.ApiContract;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract tests: every route of openapi.yaml is called on a real arena, for its success and
 * for its problem answers, and every answer (and every WebSocket message) is validated against the
 * document by a maintained validator (swagger-request-validator). The last test checks that no
 * answer broke the contract and that every documented operation was exercised; none is left out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIT {
    private static final ApiContract CONTRACT = new ApiContract();
    private static RunningArena arena;
    private static ContractCalls c;
    private static Players players;

    record Players(RunningArena.Registered alice, RunningArena.Registered bob, RunningArena.Registered carol) {
    }

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.ladder.tick", "200ms").with("arena.ladder.max-wait", "60s"), ArenaModules.standard());
        c = new ContractCalls(arena, CONTRACT);
        players = new Players(register("Alice"), register("Bob"), register("Carol"));
    }

    private static RunningArena.Registered register(String name) {
        JsonNode r = c.call(201, "POST", "/api/players", null, "{\"name\":\"" + name + "\"}");
        return new RunningArena.Registered(r.get("playerId").asText(), r.get("token").asText());
    }

    @AfterAll
    static void stop() {
        if (arena != null) {
            arena.close();
        }
    }

    @Test
    @Order(1)
    void operationsAndPlayers() {
        c.call(200, "GET", "/health", null, null);
        c.call(200, "GET", "/ready", null, null);
        c.send(200, "GET", "/metrics", arena.request("/metrics").GET());
        c.send(200, "GET", "/api/openapi.yaml", arena.request("/api/openapi.yaml").GET());
        c.call(200, "GET", "/api/noop", null, null);
        c.call(201, "POST", "/api/noop", null, "{\"any\":[1,2]}");
        c.call(400, "POST", "/api/noop", null, "{\"broken\":");
        c.call(400, "GET", "/api/noop/stream?rate=0", null, null);
        c.call(400, "GET", "/api/noop/stream?bytes=x", null, null);
        c.send(415, "POST", "/api/noop", c.raw("POST", "/api/noop", "text/plain", ContractCalls.utf8("hi")));
        c.send(413, "POST", "/api/noop", c.raw("POST", "/api/noop", "application/json",
                ContractCalls.utf8("\"" + "x".repeat(70_000) + "\"")));
        c.call(400, "POST", "/api/players", null, "{\"name\":\"\"}");
        c.call(200, "GET", "/api/players/me", players.alice().token(), null);
        c.call(401, "GET", "/api/players/me", null, null);
        c.call(403, "GET", "/api/players/" + players.bob().playerId(), players.alice().token(), null);
        c.call(404, "GET", "/api/players/00000000-0000-4000-8000-000000000000", c.admin, null);
    }

    @Test
    @Order(2)
    void aMatchFromCreationToTheEnd() {
        String alice = players.alice().token();
        String bob = players.bob().token();
        c.call(400, "POST", "/api/matches", c.admin, "{\"rounds\":0}");
        c.call(401, "POST", "/api/matches", null, "{}");
        c.call(403, "POST", "/api/matches", alice, "{}");
        String m = c.call(201, "POST", "/api/matches", c.admin,
                "{\"name\":\"contract\",\"rounds\":3,\"roundMillis\":600000,\"seats\":3,\"houseBots\":[\"cost-plus\"]}")
                .get("matchId").asText();
        String at = "/api/matches/" + m;
        c.call(200, "GET", "/api/matches?status=OPEN", null, null);
        c.call(404, "GET", "/api/matches/nosuchmatch", null, null);
        int aliceFirm = c.call(201, "POST", at + "/seats", alice, null).get("firmId").asInt();
        c.call(201, "POST", at + "/seats", bob, "{\"name\":\"Bob's firm\"}");
        c.call(409, "POST", at + "/seats", players.carol().token(), null);
        c.call(409, "POST", at + "/orders", alice, "{\"side\":\"BUY\",\"price\":5000,\"quantity\":1}");
        c.call(200, "GET", at, null, null);
        c.call(200, "POST", at + "/start", c.admin, null);
        c.call(200, "GET", at + "/book", null, null);
        c.call(200, "GET", at + "/me", alice, null);
        c.call(403, "GET", at + "/me", players.carol().token(), null);

        c.call(201, "POST", at + "/orders", alice, "{\"side\":\"BUY\",\"price\":5000,\"quantity\":10,\"clientOrderId\":\"a-1\"}");
        JsonNode refused = c.call(422, "POST", at + "/orders", alice,
                "{\"side\":\"BUY\",\"price\":6000,\"quantity\":100000}");
        assertThat(refused.get("code").asText()).isEqualTo("INSUFFICIENT_CASH");
        assertThat(refused.get("neededCash").asLong()).isEqualTo(600_000_000L);
        long free = refused.get("freeCash").asLong();
        assertThat(refused.get("allowedQuantity").asLong()).isEqualTo(free / 6000);
        JsonNode fitted = c.call(201, "POST", at + "/orders", alice,
                "{\"side\":\"BUY\",\"price\":6000,\"quantity\":100000,\"fit\":true}");
        assertThat(fitted.get("quantity").asLong()).isEqualTo(free / 6000);
        c.call(422, "POST", at + "/orders", bob, "{\"side\":\"SELL\",\"price\":9000,\"quantity\":5}");
        c.call(400, "POST", at + "/orders", bob, "{\"side\":\"BUY\",\"price\":0,\"quantity\":5}");
        long resting = c.call(201, "POST", at + "/orders", bob, "{\"side\":\"BUY\",\"price\":10,\"quantity\":1}")
                .get("orderId").asLong();
        c.call(403, "DELETE", at + "/orders/" + resting, alice, null);
        c.call(200, "DELETE", at + "/orders/" + resting, bob, null, "Idempotency-Key", "cancel-1");
        c.call(404, "DELETE", at + "/orders/" + resting, bob, null);
        c.call(200, "PUT", at + "/decisions", alice, "{\"price\":9,\"bounty\":0,\"rnd\":40000}");
        c.call(400, "PUT", at + "/decisions", alice, "{\"price\":-1,\"bounty\":0,\"rnd\":0}");
        JsonNode log = c.call(200, "GET", at + "/me/refusals", alice, null);
        assertThat(log.get("refusals")).extracting(r -> r.get("problem").get("code").asText())
                .contains("INSUFFICIENT_CASH");
        c.call(403, "GET", at + "/me/refusals", players.carol().token(), null);
        assertThat(c.call(200, "POST", at + "/ready", alice, null).get("lockstep").asBoolean()).isFalse();

        c.call(200, "POST", at + "/policy", c.admin, "{\"policy\":\"guardrails\",\"policySettings\":{\"warnAtSpiral\":2}}");
        c.call(400, "POST", at + "/policy", c.admin, "{\"policy\":\"nonsense\"}");
        c.call(201, "POST", at + "/messages", c.admin, "{\"text\":\"hello\"}");
        c.call(201, "POST", at + "/messages", c.admin, "{\"text\":\"buy compute\",\"firmId\":" + aliceFirm + "}");
        c.call(404, "POST", at + "/messages", c.admin, "{\"text\":\"hello\",\"firmId\":99}");
        c.call(400, "POST", at + "/messages", c.admin, "{\"text\":\"\"}");
        c.call(200, "GET", at + "/connections", c.admin, null);
        String code = c.call(200, "GET", at + "/join-code", c.admin, null).get("code").asText();
        c.call(401, "GET", at + "/join-code", null, null);
        c.call(404, "GET", "/api/matches/nosuchmatch/join-code", c.admin, null);
        c.call(200, "GET", "/api/join/" + code.toLowerCase(), null, null);
        c.call(400, "GET", "/api/join/0000", null, null);
        c.call(404, "GET", "/api/join/" + (code.equals("ABCDEF") ? "ABCDEG" : "ABCDEF"), null, null);
        c.call(200, "POST", at + "/pause", c.admin, null);
        c.call(409, "POST", at + "/orders", alice, "{\"side\":\"BUY\",\"price\":5000,\"quantity\":1}");
        c.call(409, "POST", at + "/ready", alice, null);
        c.call(200, "POST", at + "/resume", c.admin, null);
        c.call(200, "GET", at + "/events?from=1&limit=50", null, null);
        c.call(400, "GET", at + "/events?from=0", null, null);
        for (String kind : new String[] {"rounds", "trades", "interventions"}) {
            c.send(200, "GET", at + "/export/" + kind + ".csv", arena.request(at + "/export/" + kind + ".csv").GET());
            c.call(404, "GET", "/api/matches/nosuchmatch/export/" + kind + ".csv", null, null);
        }
        c.call(409, "POST", at + "/archive", c.admin, null);
        c.call(200, "POST", at + "/stop", c.admin, null);
        c.call(409, "POST", at + "/pause", c.admin, null);
        c.call(200, "POST", at + "/archive", c.admin, null);
        c.call(200, "GET", "/api/matches?archived=true", null, null);
        c.call(200, "POST", at + "/unarchive", c.admin, null);
        c.call(404, "POST", "/api/matches/nosuchmatch/unarchive", c.admin, null);
        c.call(200, "GET", "/api/players/" + players.alice().playerId(), c.admin, null);
        c.call(409, "PUT", at + "/decisions", alice, "{\"price\":9,\"bounty\":0,\"rnd\":0}");
        c.call(404, "POST", "/api/matches/nosuchmatch/resume", c.admin, null);
    }

    @Test
    @Order(3)
    void lockstepRoundsAndTheirStream() throws InterruptedException {
        String alice = players.alice().token();
        String bob = players.bob().token();
        String m = c.call(201, "POST", "/api/matches", c.admin,
                "{\"rounds\":3,\"roundMillis\":600000,\"seats\":2,\"lockstep\":true}").get("matchId").asText();
        String at = "/api/matches/" + m;
        assertThat(c.call(409, "POST", at + "/start", c.admin, null).get("code").asText()).isEqualTo("NOT_ENOUGH_FIRMS");
        c.call(201, "POST", at + "/seats", alice, null);
        c.call(201, "POST", at + "/seats", bob, null);
        c.call(409, "POST", at + "/ready", alice, null);
        c.call(200, "POST", at + "/start", c.admin, null);
        assertThat(c.call(200, "POST", at + "/ready", alice, "{\"round\":1}").get("waitingFor").asInt()).isEqualTo(1);
        assertThat(c.call(200, "POST", at + "/ready", bob, "{\"round\":1}").get("waitingFor").asInt()).isZero();
        assertThat(Eventually.holds(Duration.ofSeconds(10),
                () -> c.api.details(m).get("summary").get("round").asInt() == 2)).isTrue();
        JsonNode over = c.call(409, "POST", at + "/ready", alice, "{\"round\":1}");
        assertThat(over.get("code").asText()).isEqualTo("ROUND_OVER");
        assertThat(over.get("currentRound").asInt()).isEqualTo(2);
        c.call(400, "POST", at + "/ready", alice, "{\"round\":\"one\"}");
        c.call(404, "POST", "/api/matches/nosuchmatch/ready", alice, null);
        c.stream(at + "/stream", null, 1);
        int events = c.api.events(m).size();
        c.stream(at + "/stream?from=1", null, events);
        c.call(400, "GET", at + "/stream", null, null);
        c.call(404, "GET", "/api/matches/nosuchmatch/stream", null, null);
    }

    @Test
    @Order(4)
    void tournamentsAndTheNextMatchFeed() throws InterruptedException {
        String alice = players.alice().token();
        c.call(400, "POST", "/api/tournaments", c.admin, "{\"rounds\":0}");
        c.call(403, "POST", "/api/tournaments", alice, "{}");
        String t = c.call(201, "POST", "/api/tournaments", c.admin, "{\"name\":\"Contract cup\",\"rounds\":1,"
                + "\"seatsPerMatch\":2,\"houseBots\":[\"cost-plus\"],\"startDelayMillis\":60000,"
                + "\"match\":{\"rounds\":2,\"roundMillis\":300,\"lockstep\":true}}").get("summary").get("tournamentId").asText();
        String at = "/api/tournaments/" + t;
        c.call(200, "GET", "/api/tournaments?status=OPEN", null, null);
        c.call(404, "GET", "/api/tournaments/nosuchtournament", null, null);
        c.call(201, "POST", at + "/entrants", alice, null);
        c.call(200, "POST", at + "/entrants", alice, null);
        c.call(204, "DELETE", at + "/entrants/me", alice, null);
        c.call(404, "DELETE", at + "/entrants/me", alice, null);
        c.call(201, "POST", at + "/entrants", alice, null);
        c.call(200, "GET", at + "/join-code", c.admin, null);
        c.call(404, "GET", "/api/tournaments/nosuchtournament/join-code", c.admin, null);
        c.call(409, "POST", at + "/stop", c.admin, null);
        c.call(409, "POST", at + "/pause", c.admin, null);
        c.call(200, "POST", at + "/start", c.admin, null);
        c.call(409, "POST", at + "/entrants", players.bob().token(), null);
        assertThat(Eventually.holds(Duration.ofSeconds(10), () -> "OPEN".equals(c.call(200, "GET",
                "/api/players/me/matches", alice, null).path("next").path("status").asText()))).isTrue();
        c.call(401, "GET", "/api/players/me/matches", null, null);
        c.stream("/api/players/me/matches/stream", alice, 1);
        c.stream(at + "/stream", null, 1);
        c.call(400, "GET", at + "/stream", null, null);
        c.call(200, "POST", at + "/pause", c.admin, null);
        c.call(200, "POST", at + "/pause", c.admin, null);
        c.call(200, "POST", at + "/resume", c.admin, null);
        c.call(200, "POST", at + "/resume", c.admin, null);
        c.call(200, "GET", at, null, null);
        c.call(200, "GET", at + "/leaderboard", null, null);
        c.call(404, "GET", "/api/tournaments/nosuchtournament/leaderboard", null, null);
        c.send(200, "GET", at + "/results.csv", arena.request(at + "/results.csv").GET());
        c.call(404, "GET", "/api/tournaments/nosuchtournament/results.csv", null, null);
        c.call(200, "GET", "/api/leaderboard", null, null);
        c.call(200, "POST", at + "/stop", c.admin, null);
        c.call(200, "POST", at + "/stop", c.admin, null);
    }

    @Test
    @Order(5)
    void theLadder() {
        String alice = players.alice().token();
        JsonNode practice = c.call(201, "POST", "/api/practice", players.carol().token(), null);
        assertThat(practice.isObject()).isTrue();
        c.call(200, "POST", "/api/practice", players.carol().token(), null);
        c.call(401, "POST", "/api/practice", null, null);
        c.call(200, "GET", "/api/ladder", null, null);
        c.call(404, "GET", "/api/ladder/entrants/me", alice, null);
        c.call(201, "POST", "/api/ladder/entrants", alice, null);
        c.call(200, "POST", "/api/ladder/entrants", alice, null);
        c.call(401, "POST", "/api/ladder/entrants", null, null);
        c.call(200, "GET", "/api/ladder/entrants/me", alice, null);
        c.call(200, "GET", "/api/ladder/players/" + players.alice().playerId(), null, null);
        c.call(404, "GET", "/api/ladder/players/nobody", null, null);
        c.call(200, "GET", "/api/ladder/matches?limit=5", null, null);
        c.call(400, "GET", "/api/ladder/matches?limit=0", null, null);
        c.call(204, "DELETE", "/api/ladder/entrants/me", alice, null);
        c.call(404, "DELETE", "/api/ladder/entrants/me", alice, null);
        c.call(200, "GET", "/api/ladder", null, null);
    }

    @Test
    @Order(99)
    void everyDocumentedOperationIsExercisedAndEveryAnswerKeepsTheContract() {
        Map<String, ?> exercised = CONTRACT.exercised();
        assertThat(CONTRACT.violations()).as("answers that break the contract").isEmpty();
        assertThat(CONTRACT.unexercised()).as("documented operations never exercised (of %s)", exercised.keySet())
                .isEmpty();
    }
}
