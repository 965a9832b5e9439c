package dev.involution.arena.http.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/matches/{id}/orders} is matched ahead of a match's other routes: an order must
 * reach its match however the path is written that reached it before, and every other request to
 * that path, and every error of an order, must be answered as before (the answers below were taken
 * from the arena before the order route was tried first), with the security headers.
 */
class OrderRouteIT {

    private static final String ORDER = "{\"side\":\"BUY\",\"price\":5,\"quantity\":1}";

    @RegisterExtension
    static final MatchInPlay table = MatchInPlay.with(settings -> settings.with("arena.demo.enabled", false));

    private static String matchId;

    @BeforeAll
    static void aMatchOfItsOwn() {
        matchId = table.newMatch();
    }

    private static MatchClient api() {
        return table.api();
    }

    private static int openOrders() {
        return api().me(table.alice().token(), matchId).get("openOrders").size();
    }

    /** The path with {@code {id}} for the match's id and {@code {enc}} for it percent-encoded. */
    private static String path(String template) {
        StringBuilder encoded = new StringBuilder();
        for (char c : matchId.toCharArray()) {
            encoded.append(String.format("%%%02X", (int) c));
        }
        return template.replace("{id}", matchId).replace("{ID}", matchId.toUpperCase())
                .replace("{enc}", encoded);
    }

    @ParameterizedTest(name = "POST {0}")
    @CsvSource({
        "/api/matches/{id}/orders",
        "/api/matches/{enc}/orders",
        "/api/matches/{id}/%6Frders",
        "/api/matches/{id}/orders?x=1",
    })
    void anOrderReachesItsMatchHoweverItsPathIsWritten(String template) {
        int before = openOrders();
        HttpResponse<String> placed = api().call("POST", path(template), table.alice().token(), ORDER);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(json(placed).get("status").asText()).isEqualTo("RESTING");
        assertSecurityHeaders(placed);
        assertThat(openOrders()).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "POST   | /api/matches/{id}/orders/    | alice | 405 | GET        | HTTP method not allowed, supported methods: GET",
        "POST   | /api/matches/{id}/ordersX    | alice | 405 | GET        | HTTP method not allowed, supported methods: GET",
        "POST   | /api/matches/{id}//orders    | alice | 405 | GET        | HTTP method not allowed, supported methods: GET",
        "POST   | /api//matches/{id}/orders    | alice | 405 | GET        | HTTP method not allowed, supported methods: GET",
        "POST   | /api/matches/{ID}/orders     | alice | 404 | -          | no match with this id",
        "POST   | /api/matches/{id}%2F/orders  | alice | 404 | -          | no match with id '{id}/'",
        "POST   | /api/matches/bad!id/orders   | alice | 404 | -          | no match with id 'bad!id'",
        "POST   | /api/matches/nosuchmatch/orders | alice | 404 | -       | no match with this id",
        "GET    | /api/matches/{id}/orders     | alice | 404 | -          | The requested resource could not be found.",
        "PUT    | /api/matches/{id}/orders     | alice | 405 | POST, GET  | HTTP method not allowed, supported methods: POST, GET",
        "DELETE | /api/matches/{id}/orders     | alice | 405 | POST, GET  | HTTP method not allowed, supported methods: POST, GET",
        "PATCH  | /api/matches/{id}/orders     | alice | 405 | POST, GET  | HTTP method not allowed, supported methods: POST, GET",
        "POST   | /api/matches/{id}/orders     | -     | 401 | -          | an 'Authorization: Bearer <token>' header is required",
        "POST   | /api/matches/{id}/orders     | bogus | 401 | -          | the bearer token is not valid",
        "POST   | /api/matches/{id}/orders     | admin | 403 | -          | this operation needs a player's token; the admin token does not identify a player",
        "POST   | /api/matches/{id}/orders     | carol | 403 | -          | you hold no seat in this match; join it first",
    })
    void everyOtherRequestToThePathIsAnsweredAsBefore(String method, String template, String who, int status,
                                                      String allow, String detail) {
        int before = openOrders();
        HttpResponse<String> answer = api().call(method, path(template), token(who), method.equals("GET")
                || method.equals("DELETE") ? null : ORDER);
        JsonNode problem = MatchClient.problem(status, answer);
        assertThat(problem.get("detail").asText()).isEqualTo(path(detail));
        assertThat(answer.headers().firstValue("Allow")).isEqualTo(java.util.Optional.ofNullable(allow));
        assertThat(answer.headers().firstValue("WWW-Authenticate").isPresent()).isEqualTo(status == 401);
        assertSecurityHeaders(answer);
        assertThat(openOrders()).as("nothing placed").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty body      | ''                                                              | 400 | required",
        "cut short       | {\"side\":                                                      | 400 | syntax",
        "no quantity     | {\"side\":\"BUY\",\"price\":5}                                  | 400 | required",
        "unknown field   | {\"side\":\"BUY\",\"price\":5,\"quantity\":1,\"extra\":1}       | 400 | unknown-field",
        "negative price  | {\"side\":\"BUY\",\"price\":-5,\"quantity\":1}                  | 400 | range",
    })
    void aBadOrderIsTheSameProblemAsBefore(String what, String body, int status, String rule) {
        HttpResponse<String> answer = api().call("POST", path("/api/matches/{id}/orders"), table.alice().token(), body);
        assertThat(MatchClient.problem(status, answer).get("rule").asText()).isEqualTo(rule);
        assertSecurityHeaders(answer);
    }

    @Test
    void bodyLimitsAndMediaTypeAreTheEdgesAsBefore() {
        String key = "{\"side\":\"BUY\",\"price\":5,\"quantity\":1,\"clientOrderId\":\"" + "k".repeat(129) + "\"}";
        assertThat(MatchClient.problem(400, api().call("POST", path("/api/matches/{id}/orders"), table.alice().token(),
                key)).get("field").asText()).isEqualTo("clientOrderId");

        String big = "{\"side\":\"BUY\",\"price\":5,\"quantity\":1,\"pad\":\"" + "p".repeat(70_000) + "\"}";
        JsonNode tooLarge = MatchClient.problem(413, api().call("POST", path("/api/matches/{id}/orders"),
                table.alice().token(), big));
        assertThat(tooLarge.get("limit").asLong()).isEqualTo(65_536);

        HttpResponse<String> text = api().send(api().request("POST", path("/api/matches/{id}/orders"),
                        table.alice().token(), null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(ORDER, StandardCharsets.UTF_8)));
        assertThat(MatchClient.problem(415, text).get("type").asText())
                .isEqualTo("urn:involution-arena:problem:unsupported-media-type");
        assertSecurityHeaders(text);
    }

    private static String token(String who) {
        if (who == null) {
            return null;
        }
        return switch (who) {
            case "alice" -> table.alice().token();
            case "carol" -> table.carol().token();
            case "admin" -> table.admin();
            default -> "bogus-token";
        };
    }

    private static void assertSecurityHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(answer.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(answer.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }
}
