package dev.involution.arena;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.ArenaProcess;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchRounds;
import dev.involution.arena.testkit.OrderLedger;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arena jar killed with {@code kill -9} while players flood a match with orders, several times
 * over: every acknowledged order is in the journal exactly once, as it was sent; no order is there
 * that nobody sent; retries of acknowledged orders return their order ids; and the matches are in
 * the right round, on the same schedule, after each restart.
 */
class CrashDurabilityIT {

    private static final int PLAYERS = 4;
    private static final int SENDERS_PER_PLAYER = 2;
    private static final int ORDERS_PER_SENDER = 200;
    private static final int KILLS = 3;
    private static final String ADMIN = "crash-durability-admin-token";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "ARENA_ADMIN_TOKEN", ADMIN,
            "ARENA_DEMO", "false",
            "ARENA_RATE_LIMIT_PER_SECOND", "1000000",
            "ARENA_RATE_LIMIT_BURST", "1000000");

    @TempDir
    Path dataDir;

    private final Path log = Path.of("target", "crash-durability-it-" + System.nanoTime() + ".log");
    private final OrderLedger ledger = new OrderLedger();

    /** A player and the firm it holds in the flooded match. */
    private record Seat(String token, int firmId) {
    }

    @Test
    void everyAcknowledgedOrderSurvivesKill9ExactlyOnce() throws Exception {
        int port = ArenaProcess.freePort();
        ArenaProcess arena = ArenaProcess.start(port, dataDir, log, ENVIRONMENT);
        try {
            MatchClient api = new MatchClient(arena.uri(""));
            String flooded = api.createMatch(ADMIN, "{\"roundMillis\":600000,\"seats\":8}");
            List<Seat> seats = new ArrayList<>();
            for (int p = 0; p < PLAYERS; p++) {
                RunningArena.Registered player = api.register("Player " + p);
                seats.add(new Seat(player.token(), api.join(player.token(), flooded)));
            }
            api.control(ADMIN, flooded, "start");
            String ticking = api.createMatch(ADMIN,
                    "{\"roundMillis\":1000,\"rounds\":1000,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
            api.control(ADMIN, ticking, "start");
            long deadline = api.details(flooded).get("summary").get("deadline").asLong();

            for (int phase = 0; phase < KILLS; phase++) {
                int roundBefore = MatchRounds.listed(api, ticking);
                flood(api, flooded, seats, phase, arena);
                arena = ArenaProcess.start(port, dataDir, log, ENVIRONMENT);
                api = new MatchClient(arena.uri(""));
                MatchClient restarted = api;

                JsonNode summary = api.details(flooded).get("summary");
                assertThat(summary.get("status").asText()).isEqualTo("RUNNING");
                assertThat(summary.get("round").asInt()).isEqualTo(1);
                assertThat(summary.get("deadline").asLong()).as("the same round, on the same schedule")
                        .isEqualTo(deadline);
                assertThat(Eventually.holds(() -> MatchRounds.listed(restarted, ticking) > roundBefore))
                        .as("the ticking match plays on by itself").isTrue();
                MatchRounds.assertKeptTheirDeadlines(api, ticking);
            }
            flood(api, flooded, seats, KILLS, null);

            assertEveryAcknowledgedOrderIsThereOnceAndNothingElse(api, flooded);
        } finally {
            arena.close();
        }
    }

    /**
     * Every player's senders send their orders at once; with {@code victim}, it is killed once half
     * of them were acknowledged, and the senders stop at their first broken connection.
     */
    private void flood(MatchClient api, String matchId, List<Seat> seats, int phase, ArenaProcess victim)
            throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(seats.size() * SENDERS_PER_PLAYER);
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (Seat seat : seats) {
                for (int s = 0; s < SENDERS_PER_PLAYER; s++) {
                    String prefix = "phase" + phase + "-firm" + seat.firmId() + "-sender" + s + "-";
                    senders.add(pool.submit(() -> send(api, matchId, seat, prefix, acknowledged)));
                }
            }
            if (victim != null) {
                int half = seats.size() * SENDERS_PER_PLAYER * ORDERS_PER_SENDER / 2;
                assertThat(Eventually.holds(() -> acknowledged.get() >= half)).isTrue();
                victim.kill();
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(MatchClient api, String matchId, Seat seat, String prefix, AtomicInteger acknowledged) {
        for (int n = 0; n < ORDERS_PER_SENDER; n++) {
            OrderLedger.Sent order = new OrderLedger.Sent(prefix + n, seat.firmId(), seat.token(), "BUY",
                    1 + (n * 7 + prefix.length()) % 40, 1 + n % 3);
            ledger.sending(order);
            try {
                HttpResponse<String> response = api.order(seat.token(), matchId, order.json());
                if (response.statusCode() == 201) {
                    ledger.acknowledged(order.clientOrderId(), json(response).get("orderId").asLong());
                    acknowledged.incrementAndGet();
                } else {
                    ledger.unanswered(order.clientOrderId());
                }
            } catch (UncheckedIOException connectionLost) {
                ledger.unanswered(order.clientOrderId());
                return;
            }
        }
    }

    private void assertEveryAcknowledgedOrderIsThereOnceAndNothingElse(MatchClient api, String matchId)
            throws Exception {
        Map<String, OrderLedger.Sent> sent = ledger.sent();
        Map<String, Long> acknowledged = ledger.acknowledged();
        assertThat(acknowledged.size() + ledger.unanswered().size()).isEqualTo(sent.size());
        assertThat(acknowledged.size()).as("thousands of orders acknowledged").isGreaterThan(3_000);
        assertThat(ledger.unanswered()).as("the kills hit orders in flight").isNotEmpty();

        List<JsonNode> events = api.events(matchId);
        assertThat(events).extracting(e -> e.get("seq").asLong())
                .as("gap-free").containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        Map<Long, JsonNode> placedBeforeRetries = placedOrders(events);
        for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
            JsonNode placed = placedBeforeRetries.get(ack.getValue());
            assertThat(placed).as("acknowledged order %s is in the journal", ack.getKey()).isNotNull();
            assertSameOrder(placed, sent.get(ack.getKey()));
        }

        Map<String, Long> retried = resendAll(api, matchId, sent.values());
        for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
            assertThat(retried.get(ack.getKey())).as("the retry of %s", ack.getKey()).isEqualTo(ack.getValue());
        }
        assertThat(retried.values()).as("every sent order is one order").doesNotHaveDuplicates();
        assertThat(placedBeforeRetries.keySet()).as("no order that nobody sent").isSubsetOf(retried.values());

        Map<Long, JsonNode> placed = placedOrders(api.events(matchId));
        assertThat(placed.keySet()).containsExactlyInAnyOrderElementsOf(retried.values());
        retried.forEach((clientOrderId, orderId) -> assertSameOrder(placed.get(orderId), sent.get(clientOrderId)));
    }

    /** The players' order-placed events by order id; an order id seen twice fails. */
    private static Map<Long, JsonNode> placedOrders(List<JsonNode> events) {
        Map<Long, JsonNode> placed = new HashMap<>();
        for (JsonNode event : events) {
            if (event.get("type").asText().equals("order-placed")) {
                JsonNode earlier = placed.put(event.get("orderId").asLong(), event);
                assertThat(earlier).as("order %s placed twice", event.get("orderId")).isNull();
            }
        }
        return placed;
    }

    private static void assertSameOrder(JsonNode placed, OrderLedger.Sent sent) {
        assertThat(placed.get("firmId").asInt()).isEqualTo(sent.firmId());
        assertThat(placed.get("side").asText()).isEqualTo(sent.side());
        assertThat(placed.get("price").asLong()).isEqualTo(sent.price());
        assertThat(placed.get("quantity").asLong()).isEqualTo(sent.quantity());
    }

    /** Sends every order again; each must be accepted: the order id it has (or has now), by client order id. */
    private static Map<String, Long> resendAll(MatchClient api, String matchId, Iterable<OrderLedger.Sent> orders)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PLAYERS * SENDERS_PER_PLAYER);
        try {
            List<Callable<Map.Entry<String, Long>>> retries = new ArrayList<>();
            for (OrderLedger.Sent order : orders) {
                retries.add(() -> Map.entry(order.clientOrderId(),
                        json(expect(201, api.order(order.token(), matchId, order.json()))).get("orderId").asLong()));
            }
            Map<String, Long> ids = new HashMap<>();
            for (Future<Map.Entry<String, Long>> retry : pool.invokeAll(retries)) {
                Map.Entry<String, Long> id = retry.get();
                ids.put(id.getKey(), id.getValue());
            }
            return ids;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
