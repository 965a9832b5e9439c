package dev.involution.arena.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.MatchClient.problem;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries are safe: a repeated {@code clientOrderId} or {@code Idempotency-Key} gets the original
 * answer and writes nothing; the same key with a different request is refused with 422.
 */
class MatchIdempotencyIT {

    private static final String BID = "{\"side\":\"BUY\",\"price\":321,\"quantity\":4,\"clientOrderId\":\"retry-me\"}";

    @RegisterExtension
    static final MatchInPlay table = MatchInPlay.with(settings -> settings.with("arena.demo.enabled", false));

    private static MatchClient api() {
        return table.api();
    }

    private static long orderEvents(String matchId) {
        return api().events(matchId).stream().filter(e -> e.get("type").asText().equals("order-placed")).count();
    }

    @Test
    void aRetriedOrderReturnsTheSameOrderAndIsPlacedOnce() {
        String matchId = table.newMatch();
        JsonNode first = json(expect(201, api().order(table.alice().token(), matchId, BID)));
        long seq = api().seq(matchId);

        JsonNode retry = json(expect(201, api().order(table.alice().token(), matchId, BID)));

        assertThat(retry).isEqualTo(first);
        assertThat(api().seq(matchId)).isEqualTo(seq);
        assertThat(orderEvents(matchId)).isEqualTo(1);
        assertThat(api().me(table.alice().token(), matchId).get("openOrders")).hasSize(1);
    }

    @Test
    void theSameClientOrderIdWithAnotherOrderIs422() {
        String matchId = table.newMatch();
        long orderId = json(expect(201, api().order(table.alice().token(), matchId, BID))).get("orderId").asLong();
        long seq = api().seq(matchId);

        JsonNode problem = problem(422, api().order(table.alice().token(), matchId, BID.replace("321", "322")));

        assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:idempotency-key-reused");
        assertThat(problem.get("field").asText()).isEqualTo("clientOrderId");
        assertThat(problem.get("rule").asText()).isEqualTo("reused-key");
        assertThat(api().seq(matchId)).isEqualTo(seq);
        assertThat(api().me(table.alice().token(), matchId).get("openOrders")).singleElement()
                .satisfies(o -> assertThat(o.get("orderId").asLong()).isEqualTo(orderId));
    }

    @Test
    void clientOrderIdsBelongToTheirFirm() {
        String matchId = table.newMatch();
        long alices = json(expect(201, api().order(table.alice().token(), matchId, BID))).get("orderId").asLong();

        long bobs = json(expect(201, api().order(table.bob().token(), matchId, BID))).get("orderId").asLong();

        assertThat(bobs).isNotEqualTo(alices);
        assertThat(orderEvents(matchId)).isEqualTo(2);
    }

    @Test
    void decisionsWithAnIdempotencyKeyAreSetOnce() {
        String matchId = table.newMatch();
        String decisions = "{\"price\":30,\"bounty\":2,\"rnd\":500}";
        JsonNode first = json(expect(200, api().call("PUT", "/api/matches/" + matchId + "/decisions",
                table.bob().token(), decisions, "Idempotency-Key", "round-1-plan")));
        long seq = api().seq(matchId);

        JsonNode retry = json(expect(200, api().call("PUT", "/api/matches/" + matchId + "/decisions",
                table.bob().token(), decisions, "Idempotency-Key", "round-1-plan")));
        JsonNode reused = problem(422, api().call("PUT", "/api/matches/" + matchId + "/decisions",
                table.bob().token(), "{\"price\":31,\"bounty\":2,\"rnd\":500}", "Idempotency-Key", "round-1-plan"));

        assertThat(retry).isEqualTo(first);
        assertThat(reused.get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(api().seq(matchId)).isEqualTo(seq);
        assertThat(api().me(table.bob().token(), matchId).get("firm").get("decisions").get("price").asLong())
                .isEqualTo(30);
        assertThat(json(expect(200, api().call("PUT", "/api/matches/" + matchId + "/decisions", table.alice().token(),
                "{\"price\":31,\"bounty\":2,\"rnd\":500}", "Idempotency-Key", "round-1-plan"))).get("price").asLong())
                .as("keys belong to their player").isEqualTo(31);
    }

    @Test
    void aCancelWithAnIdempotencyKeyCanBeRetried() {
        String matchId = table.newMatch();
        long orderId = api().bid(table.alice().token(), matchId, 400, 1, null);
        long other = api().bid(table.alice().token(), matchId, 401, 1, null);
        String path = "/api/matches/" + matchId + "/orders/";
        JsonNode first = json(expect(200, api().call("DELETE", path + orderId, table.alice().token(), null,
                "Idempotency-Key", "cancel-1")));
        long seq = api().seq(matchId);

        JsonNode retry = json(expect(200, api().call("DELETE", path + orderId, table.alice().token(), null,
                "Idempotency-Key", "cancel-1")));
        JsonNode reused = problem(422, api().call("DELETE", path + other, table.alice().token(), null,
                "Idempotency-Key", "cancel-1"));
        JsonNode unkeyed = problem(404, api().call("DELETE", path + orderId, table.alice().token(), null));

        assertThat(retry).isEqualTo(first);
        assertThat(reused.get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(unkeyed.get("code").asText()).as("without the key it is gone").isEqualTo("UNKNOWN_ORDER");
        assertThat(api().seq(matchId)).isEqualTo(seq);
        assertThat(api().me(table.alice().token(), matchId).get("openOrders")).singleElement()
                .satisfies(o -> assertThat(o.get("orderId").asLong()).isEqualTo(other));
    }

    @Test
    void aJoinWithAnIdempotencyKeyKeepsItsSeat() {
        String matchId = api().createMatch(table.admin(), MatchInPlay.LONG_ROUNDS);
        JsonNode first = json(expect(201, api().call("POST", "/api/matches/" + matchId + "/seats",
                table.carol().token(), null, "Idempotency-Key", "join-1")));

        JsonNode retry = json(expect(201, api().call("POST", "/api/matches/" + matchId + "/seats",
                table.carol().token(), null, "Idempotency-Key", "join-1")));

        assertThat(retry).isEqualTo(first);
        assertThat(api().details(matchId).get("summary").get("firms").asInt()).isEqualTo(1);
    }
}
