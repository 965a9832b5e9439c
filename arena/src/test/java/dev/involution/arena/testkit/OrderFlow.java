package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bots placing orders into one match, each on its own thread at up to {@value #ORDERS_PER_SECOND}
 * orders a second, through one entry point (the load balancer), writing every order in an
 * {@link OrderLedger} and counting every answer by kind. The pace keeps a firm inside the match's
 * allowance of client order ids a round (5,000) for 200 s of flow, longer than the tests that use
 * one long round run; unpaced, a fast machine used it up within one test and got 409s. Failed orders are not retried while the flow runs; {@link #assertEveryAcknowledgedOrderOnce}
 * checks the journal afterwards and sends every order once more by its client order id.
 */
public final class OrderFlow implements AutoCloseable {

    /** A seat: a player's token and the firm it holds. */
    public record Seat(String token, int firmId) {
    }

    static final int ORDERS_PER_SECOND = 25;
    private static final long PACE_NANOS = 1_000_000_000L / ORDERS_PER_SECOND;

    private final MatchClient api;
    private final String matchId;
    private final OrderLedger ledger = new OrderLedger();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicLong lastAcknowledgedAt = new AtomicLong();
    private final List<Thread> senders = new ArrayList<>();
    private volatile boolean stopped;

    public OrderFlow(MatchClient api, String matchId, List<Seat> seats, String prefix) {
        this.api = api;
        this.matchId = matchId;
        for (Seat seat : seats) {
            Thread sender = new Thread(() -> send(seat, prefix + "-firm" + seat.firmId() + "-"), "orders-" + seat.firmId());
            sender.setDaemon(true);
            senders.add(sender);
            sender.start();
        }
    }

    private void send(Seat seat, String prefix) {
        long due = System.nanoTime();
        for (int n = 0; !stopped; n++) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LoopbackCluster.sleep(wait / 1_000_000);
            }
            due = Math.max(due, System.nanoTime()) + PACE_NANOS;
            OrderLedger.Sent order = new OrderLedger.Sent(prefix + n, seat.firmId(), seat.token(), "BUY",
                    1 + n % 40, 1 + n % 3);
            ledger.sending(order);
            String answer;
            try {
                HttpResponse<String> response = api.order(seat.token(), matchId, order.json());
                answer = response.statusCode() + (response.headers().firstValue("Retry-After").isPresent()
                        ? " with Retry-After" : "");
                if (response.statusCode() == 201) {
                    ledger.acknowledged(order.clientOrderId(), json(response).get("orderId").asLong());
                    acknowledged.incrementAndGet();
                    lastAcknowledgedAt.set(System.nanoTime());
                } else {
                    ledger.unanswered(order.clientOrderId());
                }
            } catch (UncheckedIOException lost) {
                ledger.unanswered(order.clientOrderId());
                answer = "connection lost";
                LoopbackCluster.sleep(50);
            }
            answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
        }
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until {@code more} orders beyond those acknowledged now are acknowledged; false after {@code seconds}. */
    public boolean awaitMore(int more, long seconds) {
        int target = acknowledged.get() + more;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (acknowledged.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LoopbackCluster.sleep(20);
        }
        return true;
    }

    /** When the first order acknowledged after {@code since} (a {@link System#nanoTime()}) was, or -1 while none. */
    public long firstAcknowledgedAfter(long since, long patienceSeconds) {
        long deadline = System.nanoTime() + patienceSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            long last = lastAcknowledgedAt.get();
            if (last > since) {
                return last;
            }
            LoopbackCluster.sleep(10);
        }
        return -1;
    }

    /** Answers by kind ("201", "503 with Retry-After", "connection lost", ...) and how many. */
    public Map<String, Integer> answers() {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach((answer, count) -> counts.put(answer, count.get()));
        return counts;
    }

    public OrderLedger ledger() {
        return ledger;
    }

    /** Stops every sender and waits for them. */
    @Override
    public void close() {
        stopped = true;
        try {
            for (Thread sender : senders) {
                sender.join(60_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The match's journal (read through {@code reader}) has gap-free seqs and every acknowledged order
     * exactly once, as it was sent; sending every order again by its client order id answers the
     * acknowledged ones with their order ids and makes each order one order.
     */
    public void assertEveryAcknowledgedOrderOnce(MatchClient reader) {
        Map<String, OrderLedger.Sent> sent = ledger.sent();
        Map<String, Long> acks = ledger.acknowledged();
        List<JsonNode> events = reader.events(matchId);
        assertThat(events).extracting(e -> e.get("seq").asLong())
                .as("gap-free").containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        Map<Long, JsonNode> placed = placedOrders(events);
        for (Map.Entry<String, Long> ack : acks.entrySet()) {
            JsonNode order = placed.get(ack.getValue());
            assertThat(order).as("acknowledged order %s is in the journal", ack.getKey()).isNotNull();
            assertSame(order, sent.get(ack.getKey()));
        }
        Map<String, Long> retried = new HashMap<>();
        for (OrderLedger.Sent order : sent.values()) {
            HttpResponse<String> response = reader.order(order.token(), matchId, order.json());
            retried.put(order.clientOrderId(), json(expect(201, response)).get("orderId").asLong());
        }
        acks.forEach((clientOrderId, orderId) ->
                assertThat(retried.get(clientOrderId)).as("the retry of %s", clientOrderId).isEqualTo(orderId));
        assertThat(retried.values()).as("every sent order is one order").doesNotHaveDuplicates();
        assertThat(placedOrders(reader.events(matchId)).keySet()).containsExactlyInAnyOrderElementsOf(retried.values());
    }

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

    private static void assertSame(JsonNode placed, OrderLedger.Sent sent) {
        assertThat(placed.get("firmId").asInt()).isEqualTo(sent.firmId());
        assertThat(placed.get("side").asText()).isEqualTo(sent.side());
        assertThat(placed.get("price").asLong()).isEqualTo(sent.price());
        assertThat(placed.get("quantity").asLong()).isEqualTo(sent.quantity());
    }
}
