package dev.involution.arena.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.involution.arena.testkit.MatchClient.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders and decisions that must be refused: each answered 4xx problem+json saying which field
 * broke which rule, and the match does not change (its sequence number stays).
 */
class MatchBadInputIT {

    @RegisterExtension
    static final MatchInPlay table = MatchInPlay.with(settings -> settings.with("arena.demo.enabled", false));

    private static MatchClient api() {
        return table.api();
    }

    /** Sends {@code request}, expects the problem, and checks that the match did not change. */
    private static JsonNode refused(int status, HttpRequest.Builder request) {
        long seq = api().seq(table.matchId());
        JsonNode problem = problem(status, api().send(request));
        assertThat(api().seq(table.matchId())).as("nothing changed").isEqualTo(seq);
        assertThat(api().me(table.alice().token(), table.matchId()).get("openOrders")).isEmpty();
        return problem;
    }

    private static void assertFieldAndRule(JsonNode problem, String field, String rule) {
        assertThat(problem.path("field").asText(null)).as(problem.toString()).isEqualTo(field);
        assertThat(problem.path("rule").asText(null)).as(problem.toString()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "order: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "negative price      | {\"side\":\"BUY\",\"price\":-1,\"quantity\":5}                    | 400 | price         | range",
        "zero price          | {\"side\":\"BUY\",\"price\":0,\"quantity\":5}                     | 400 | price         | range",
        "price over the cap  | {\"side\":\"BUY\",\"price\":1000000001,\"quantity\":1}            | 400 | price         | range",
        "zero quantity       | {\"side\":\"BUY\",\"price\":100,\"quantity\":0}                   | 400 | quantity      | range",
        "negative quantity   | {\"side\":\"SELL\",\"price\":100,\"quantity\":-5}                 | 400 | quantity      | range",
        "NaN                 | {\"side\":\"BUY\",\"price\":NaN,\"quantity\":5}                   | 400 | price         | syntax",
        "Infinity            | {\"side\":\"BUY\",\"price\":100,\"quantity\":Infinity}            | 400 | quantity      | syntax",
        "1e30                | {\"side\":\"BUY\",\"price\":1e30,\"quantity\":5}                  | 400 | price         | type",
        "beyond long range   | {\"side\":\"BUY\",\"price\":9223372036854775808,\"quantity\":5}   | 400 | price         | range",
        "below long range    | {\"side\":\"BUY\",\"price\":100,\"quantity\":-9223372036854775809} | 400 | quantity     | range",
        "float for int       | {\"side\":\"BUY\",\"price\":100.5,\"quantity\":5}                 | 400 | price         | type",
        "whole float for int | {\"side\":\"BUY\",\"price\":100,\"quantity\":5.0}                 | 400 | quantity      | type",
        "text for a number   | {\"side\":\"BUY\",\"price\":\"100\",\"quantity\":5}               | 400 | price         | type",
        "unknown side        | {\"side\":\"HOLD\",\"price\":100,\"quantity\":5}                  | 400 | side          | enum",
        "lower-case side     | {\"side\":\"buy\",\"price\":100,\"quantity\":5}                   | 400 | side          | enum",
        "number for side     | {\"side\":0,\"price\":100,\"quantity\":5}                         | 400 | side          | enum",
        "unknown field       | {\"side\":\"BUY\",\"price\":100,\"quantity\":5,\"firmId\":1}      | 400 | firmId        | unknown-field",
        "duplicate field     | {\"side\":\"BUY\",\"price\":100,\"price\":1,\"quantity\":5}       | 400 | price         | duplicate-field",
        "missing side        | {\"price\":100,\"quantity\":5}                                    | 400 | side          | required",
        "missing price       | {\"side\":\"BUY\",\"quantity\":5}                                 | 400 | price         | required",
        "missing quantity    | {\"side\":\"BUY\",\"price\":100}                                  | 400 | quantity      | required",
        "null side           | {\"side\":null,\"price\":100,\"quantity\":5}                      | 400 | side          | required",
        "null quantity       | {\"side\":\"BUY\",\"price\":100,\"quantity\":null}                | 400 | quantity      | required",
        "empty client id     | {\"side\":\"BUY\",\"price\":100,\"quantity\":5,\"clientOrderId\":\"\"} | 400 | clientOrderId | min-length",
        "number client id    | {\"side\":\"BUY\",\"price\":100,\"quantity\":5,\"clientOrderId\":7} | 400 | clientOrderId | type",
        "not JSON            | side=BUY&price=100                                                | 400 | -             | syntax",
        "a JSON array        | [\"BUY\",100,5]                                                   | 400 | -             | type",
        "trailing data       | {\"side\":\"BUY\",\"price\":100,\"quantity\":5} x                 | 400 | -             | syntax",
        "empty body          | ''                                                                | 400 | -             | required",
    })
    void badOrdersAreRefused(String what, String body, int status, String field, String rule) {
        JsonNode problem = refused(status, api().request("POST", table.path("/orders"), table.alice().token(), body));

        assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:invalid-request");
        assertFieldAndRule(problem, field, rule);
    }

    @Test
    void aClientOrderIdOver128CharactersIsRefused() {
        JsonNode problem = refused(400, api().request("POST", table.path("/orders"), table.alice().token(),
                "{\"side\":\"BUY\",\"price\":100,\"quantity\":5,\"clientOrderId\":\"" + "k".repeat(129) + "\"}"));

        assertFieldAndRule(problem, "clientOrderId", "max-length");
    }

    @ParameterizedTest(name = "order against the market's rules: {0}")
    @CsvSource(delimiter = '|', value = {
        "more than the cash | {\"side\":\"BUY\",\"price\":1000000,\"quantity\":1000000} | INSUFFICIENT_CASH",
        "capacity not held  | {\"side\":\"SELL\",\"price\":100,\"quantity\":5}         | INSUFFICIENT_CAPACITY",
    })
    void ordersAgainstTheRulesAre422(String what, String body, String code) {
        JsonNode problem = refused(422, api().request("POST", table.path("/orders"), table.alice().token(), body));

        assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:rule-violated");
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("rule").asText()).as("the market's rule it broke").isEqualTo(code);
    }

    @ParameterizedTest(name = "decisions: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "negative price      | {\"price\":-1,\"bounty\":0,\"rnd\":0}                          | price   | range",
        "price over the cap  | {\"price\":100001,\"bounty\":0,\"rnd\":0}                      | price   | range",
        "negative bounty     | {\"price\":10,\"bounty\":-5,\"rnd\":0}                         | bounty  | range",
        "bounty over the cap | {\"price\":10,\"bounty\":100001,\"rnd\":0}                     | bounty  | range",
        "negative R&D        | {\"price\":10,\"bounty\":0,\"rnd\":-1}                         | rnd     | range",
        "R&D over the cap    | {\"price\":10,\"bounty\":0,\"rnd\":1000000000001}              | rnd     | range",
        "NaN                 | {\"price\":NaN,\"bounty\":0,\"rnd\":0}                         | price   | syntax",
        "1e30                | {\"price\":10,\"bounty\":0,\"rnd\":1e30}                       | rnd     | type",
        "beyond long range   | {\"price\":10,\"bounty\":99999999999999999999,\"rnd\":0}       | bounty  | range",
        "float for int       | {\"price\":9.99,\"bounty\":0,\"rnd\":0}                        | price   | type",
        "text for a number   | {\"price\":10,\"bounty\":\"0\",\"rnd\":0}                      | bounty  | type",
        "unknown field       | {\"price\":10,\"bounty\":0,\"rnd\":0,\"quality\":2}            | quality | unknown-field",
        "missing field       | {\"price\":10,\"bounty\":0}                                    | rnd     | required",
        "null field          | {\"price\":null,\"bounty\":0,\"rnd\":0}                        | price   | required",
        "not JSON            | price=10                                                       | -       | syntax",
        "empty body          | ''                                                             | -       | required",
    })
    void badDecisionsAreRefused(String what, String body, String field, String rule) {
        JsonNode before = api().me(table.bob().token(), table.matchId()).get("firm").get("decisions");

        JsonNode problem = refused(400, api().request("PUT", table.path("/decisions"), table.bob().token(), body));

        assertFieldAndRule(problem, field, rule);
        assertThat(api().me(table.bob().token(), table.matchId()).get("firm").get("decisions")).isEqualTo(before);
    }

    @Test
    void bodiesThatAreNotJsonAre415() {
        HttpRequest.Builder order = api().request("POST", table.path("/orders"), table.alice().token(), null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"side\":\"BUY\",\"price\":100,\"quantity\":5}"));
        HttpRequest.Builder decisions = api().request("PUT", table.path("/decisions"), table.bob().token(), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("price=10&bounty=0&rnd=0"));

        for (HttpRequest.Builder request : new HttpRequest.Builder[] {order, decisions}) {
            assertThat(refused(415, request).get("detail").asText()).contains("application/json");
        }
    }

    @Test
    void bodiesOver64KiBAre413() {
        String padding = "x".repeat(64 * 1024);
        String order = "{\"side\":\"BUY\",\"price\":100,\"quantity\":5,\"clientOrderId\":\"" + padding + "\"}";
        String decisions = "{\"price\":10,\"bounty\":0,\"rnd\":0,\"note\":\"" + padding + "\"}";

        assertThat(refused(413, api().request("POST", table.path("/orders"), table.alice().token(), order))
                .get("rule").asText()).isEqualTo("max-size");
        assertThat(refused(413, api().request("PUT", table.path("/decisions"), table.bob().token(), decisions))
                .get("rule").asText()).isEqualTo("max-size");
    }

    @Test
    void unknownMatchesAndOrdersAre404() {
        String order = "{\"side\":\"BUY\",\"price\":100,\"quantity\":5}";
        for (String matchId : new String[] {"nosuchmatch", "no-such-match-either", "bad!id", "x".repeat(65)}) {
            refused(404, api().request("POST", "/api/matches/" + matchId + "/orders", table.alice().token(), order));
            refused(404, api().request("PUT", "/api/matches/" + matchId + "/decisions", table.alice().token(),
                    "{\"price\":10,\"bounty\":0,\"rnd\":0}"));
            refused(404, api().request("DELETE", "/api/matches/" + matchId + "/orders/1", table.alice().token(), null));
        }
        for (String orderId : new String[] {"999999", "0", "-1", "abc", "99999999999999999999"}) {
            JsonNode problem = refused(404, api().request("DELETE", table.path("/orders/" + orderId),
                    table.alice().token(), null));
            assertThat(problem.get("code").asText()).isEqualTo("UNKNOWN_ORDER");
        }
    }

    @Test
    void aBadIdempotencyKeyIsRefused() {
        HttpResponse<String> tooLong = api().call("PUT", table.path("/decisions"), table.bob().token(),
                "{\"price\":10,\"bounty\":0,\"rnd\":0}", "Idempotency-Key", "k".repeat(129));

        assertFieldAndRule(problem(400, tooLong), "Idempotency-Key", "max-length");
    }
}
