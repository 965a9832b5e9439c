package dev.involution.arena.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static dev.involution.arena.testkit.MatchClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to a match: no token or an unknown one is 401, a token of the wrong kind 403, a
 * player without a seat 403, and another firm's order 403; a refused request changes nothing.
 */
class MatchAuthIT {

    @RegisterExtension
    static final MatchInPlay table = MatchInPlay.with(settings -> settings.with("arena.demo.enabled", false));

    private static long alicesOrder;

    private static MatchClient api() {
        return table.api();
    }

    @BeforeAll
    static void start() {
        alicesOrder = api().bid(table.alice().token(), table.matchId(), 700, 3, "alice-1");
    }

    private static String token(String caller) {
        return switch (caller) {
            case "none" -> null;
            case "garbage" -> "not-a-token";
            case "forged" -> table.alice().playerId() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
            case "admin" -> table.admin();
            case "alice" -> table.alice().token();
            case "bob" -> table.bob().token();
            case "carol" -> table.carol().token();
            default -> throw new IllegalArgumentException(caller);
        };
    }

    /** Bodies that would be accepted from the right caller. */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/matches", "{}",
            "POST /orders", "{\"side\":\"BUY\",\"price\":100,\"quantity\":1}",
            "PUT /decisions", "{\"price\":10,\"bounty\":0,\"rnd\":0}");

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "none,    POST,   /api/matches,  401",
        "garbage, POST,   /api/matches,  401",
        "forged,  POST,   /api/matches,  401",
        "alice,   POST,   /api/matches,  403",
        "none,    POST,   /start,        401",
        "alice,   POST,   /start,        403",
        "garbage, POST,   /pause,        401",
        "alice,   POST,   /pause,        403",
        "bob,     POST,   /resume,       403",
        "carol,   POST,   /stop,         403",
        "none,    POST,   /seats,        401",
        "forged,  POST,   /seats,        401",
        "admin,   POST,   /seats,        403",
        "none,    POST,   /orders,       401",
        "garbage, POST,   /orders,       401",
        "admin,   POST,   /orders,       403",
        "carol,   POST,   /orders,       403",
        "none,    DELETE, /orders/ORDER, 401",
        "admin,   DELETE, /orders/ORDER, 403",
        "carol,   DELETE, /orders/ORDER, 403",
        "bob,     DELETE, /orders/ORDER, 403",
        "none,    PUT,    /decisions,    401",
        "forged,  PUT,    /decisions,    401",
        "admin,   PUT,    /decisions,    403",
        "carol,   PUT,    /decisions,    403",
        "none,    GET,    /me,           401",
        "garbage, GET,    /me,           401",
        "admin,   GET,    /me,           403",
        "carol,   GET,    /me,           403",
    })
    void refusedRequestsChangeNothing(String caller, String method, String path, int status) {
        String target = path.startsWith("/api") ? path : table.path(path.replace("ORDER", Long.toString(alicesOrder)));
        String body = BODIES.get(method + " " + path);
        long seq = api().seq(table.matchId());
        int matches = api().matches("").size();

        HttpResponse<String> response = api().call(method, target, token(caller), body);

        JsonNode problem = problem(status, response);
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        } else {
            assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:forbidden");
        }
        assertThat(api().seq(table.matchId())).as("the match did not change").isEqualTo(seq);
        assertThat(api().matches("")).as("no match was created").hasSize(matches);
        assertThat(api().me(table.alice().token(), table.matchId()).get("openOrders")).singleElement()
                .satisfies(o -> assertThat(o.get("orderId").asLong()).isEqualTo(alicesOrder));
    }

    @Test
    void aPlayerCannotCancelAnotherFirmsOrderEvenWithItsId() {
        long seq = api().seq(table.matchId());

        JsonNode problem = problem(403, api().call("DELETE", table.path("/orders/" + alicesOrder),
                table.bob().token(), null, "Idempotency-Key", "bob-tries"));

        assertThat(problem.get("code").asText()).isEqualTo("NOT_ORDER_OWNER");
        assertThat(api().seq(table.matchId())).isEqualTo(seq);
        assertThat(api().me(table.alice().token(), table.matchId()).get("openOrders")).hasSize(1);
        assertThat(api().me(table.bob().token(), table.matchId()).get("openOrders")).isEmpty();
    }

    @Test
    void aPlayerWithoutASeatIsToldToJoin() {
        JsonNode problem = problem(403, api().order(table.carol().token(), table.matchId(), BODIES.get("POST /orders")));

        assertThat(problem.get("code").asText()).isEqualTo("NO_SEAT");
        assertThat(problem.get("detail").asText()).contains("join");
    }

    @Test
    void readingTheMatchNeedsNoToken() {
        for (String path : new String[] {"", "/book", "/events"}) {
            assertThat(api().call("GET", table.path(path), null, null).statusCode()).isEqualTo(200);
        }
        assertThat(api().call("GET", "/api/matches", null, null).statusCode()).isEqualTo(200);
    }
}
