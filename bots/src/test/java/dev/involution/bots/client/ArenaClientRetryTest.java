package dev.involution.bots.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.involution.bots.api.ApiJson;
import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OrderResult;
import dev.involution.bots.api.Side;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The client's retry loop over a scripted transport: which requests it repeats, what it repeats
 * them with, and how long it waits (recorded, not slept).
 */
class ArenaClientRetryTest {
    private static final String ORDER_RESULT = "{\"orderId\":11,\"status\":\"FILLED\",\"fills\":[],\"restingQuantity\":0}";

    private final Deque<Object> script = new ArrayDeque<>();
    private final List<Transport.Request> sent = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private final ArenaClient client = new ArenaClient(URI.create("http://arena.test"), "tok-1", null,
            request -> {
                sent.add(request);
                Object next = script.removeFirst();
                if (next instanceof IOException e) {
                    throw e;
                }
                return (Transport.Response) next;
            },
            new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30)),
            waits::add, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), new AtomicLong());

    private static Transport.Response answer(int status, String body, String... headers) {
        Map<String, List<String>> h = headers.length == 0 ? Map.of() : Map.of(headers[0], List.of(headers[1]));
        return new Transport.Response(status, h, body);
    }

    private static Transport.Response problem(int status, String slug, String rule) {
        return answer(status, "{\"type\":\"urn:involution-arena:problem:" + slug + "\",\"title\":\"T\",\"status\":"
                + status + ",\"detail\":\"d\"" + (rule == null ? "" : ",\"rule\":\"" + rule + "\"") + "}");
    }

    @Test
    void anOrderIsRepeatedAfterATimeoutAndA503WithTheSameClientOrderId() {
        script.add(new HttpTimeoutException("request timed out"));
        script.add(problem(503, "unavailable", null));
        script.add(answer(201, ORDER_RESULT));

        OrderResult result = client.placeOrder("m1", new OrderRequest(Side.BUY, 6000, 10, null));

        assertThat(result.orderId()).isEqualTo(11);
        assertThat(sent).hasSize(3);
        String key = ApiJson.tree(sent.get(0).body()).get("clientOrderId").asText();
        assertThat(key).as("the client made up a clientOrderId").isNotBlank();
        assertThat(sent).extracting(Transport.Request::body).containsOnly(sent.get(0).body());
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/api/matches/m1/orders");
            assertThat(r.header("Authorization")).contains("Bearer tok-1");
        });
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(client.retries()).isEqualTo(2);
    }

    @Test
    void theCallersClientOrderIdIsKept() {
        script.add(answer(201, ORDER_RESULT));
        client.placeOrder("m1", new OrderRequest(Side.SELL, 7000, 3, "mine-1"));
        assertThat(ApiJson.tree(sent.get(0).body()).get("clientOrderId").asText()).isEqualTo("mine-1");
    }

    @Test
    void decisionsAreRepeatedWithTheSameIdempotencyKeyAndEachCallHasItsOwn() {
        script.add(problem(502, "bad-gateway", null));
        script.add(answer(200, "{\"price\":9,\"bounty\":0,\"rnd\":100}"));
        script.add(answer(200, "{\"price\":9,\"bounty\":0,\"rnd\":100}"));

        client.setDecisions("m1", new Decisions(9, 0, 100));
        client.setDecisions("m1", new Decisions(9, 0, 100));

        assertThat(sent).hasSize(3);
        String first = sent.get(0).header("Idempotency-Key").orElseThrow();
        assertThat(sent.get(1).header("Idempotency-Key")).contains(first);
        assertThat(sent.get(2).header("Idempotency-Key")).isPresent().isNotEqualTo(java.util.Optional.of(first));
        assertThat(sent.get(0).method()).isEqualTo("PUT");
    }

    @Test
    void aCancelCarriesAnIdempotencyKeyToo() {
        script.add(new IOException("connection reset"));
        script.add(answer(200, "{\"orderId\":7,\"status\":\"CANCELLED\"}"));

        assertThat(client.cancelOrder("m1", 7).orderId()).isEqualTo(7);
        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(r -> r.header("Idempotency-Key").orElseThrow())
                .as("one key, sent on both attempts").containsOnly(sent.get(0).header("Idempotency-Key").orElseThrow());
        assertThat(sent.get(0).method()).isEqualTo("DELETE");
    }

    @Test
    void aRegistrationThatGotNoAnswerIsNotRepeated() {
        script.add(new HttpTimeoutException("request timed out"));

        assertThatThrownBy(() -> client.register("bot")).isInstanceOf(ArenaTransportException.class)
                .hasMessageContaining("POST /api/players");
        assertThat(sent).hasSize(1);
    }

    @Test
    void aRequestThatNeverLeftIsRepeatedEvenWhenItIsNotIdempotent() {
        script.add(new ConnectException("connection refused"));
        script.add(answer(201, "{\"playerId\":\"p\",\"token\":\"p.t\"}"));

        assertThat(client.register("bot").token()).isEqualTo("p.t");
        assertThat(sent).hasSize(2);
    }

    @Test
    void aRateLimitIsWaitedOutAsTheServerAsks() {
        script.add(answer(429, "{\"type\":\"urn:involution-arena:problem:rate-limited\",\"status\":429}", "Retry-After", "3"));
        script.add(answer(201, "{\"matchId\":\"m9\"}"));

        assertThat(client.createMatch(new MatchConfigRequest(null, null, 6, 500L, null, 4, null, null, null, null)).matchId())
                .isEqualTo("m9");
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(ApiJson.tree(sent.get(0).body()).has("name")).as("nulls are left out").isFalse();
    }

    @Test
    void aRateLimitLongerThanThePolicyWaitsIsReported() {
        script.add(answer(429, "{\"type\":\"urn:involution-arena:problem:rate-limited\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"until\":\"2030-01-01T00:01:00Z\"}", "Retry-After", "60"));

        assertThatThrownBy(() -> client.matches()).isInstanceOfSatisfying(ArenaException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.problem().slug()).isEqualTo("rate-limited");
            assertThat(e.problem().until()).isEqualTo("2030-01-01T00:01:00Z");
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
        });
        assertThat(waits).isEmpty();
    }

    @Test
    void aRefusalIsReportedAtOnceWithTheServersProblem() {
        script.add(problem(422, "rule-violated", "INSUFFICIENT_CASH"));

        assertThatThrownBy(() -> client.placeOrder("m1", new OrderRequest(Side.BUY, 6000, 1_000_000, null)))
                .isInstanceOfSatisfying(ArenaException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.type()).isEqualTo("urn:involution-arena:problem:rule-violated");
                    assertThat(e.rule()).isEqualTo("INSUFFICIENT_CASH");
                    assertThat(e.detail()).isEqualTo("d");
                    assertThat(e.request()).isEqualTo("POST /api/matches/m1/orders");
                    assertThat(e.getMessage()).contains("422").contains("INSUFFICIENT_CASH");
                });
        assertThat(sent).hasSize(1);
    }

    @Test
    void persistentServerErrorsEndAfterTheLastAttempt() {
        for (int i = 0; i < 5; i++) {
            script.add(problem(503, "unavailable", null));
        }
        assertThatThrownBy(() -> client.me("m1")).isInstanceOfSatisfying(ArenaException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(sent).hasSize(5);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800));
    }

    @Test
    void aMatchIdIsOnePathSegment() {
        script.add(answer(200, "[]"));
        client.events("a/b c", 1, 10);
        assertThat(sent.get(0).path()).isEqualTo("/api/matches/a%2Fb%20c/events?from=1&limit=10");
    }
}
