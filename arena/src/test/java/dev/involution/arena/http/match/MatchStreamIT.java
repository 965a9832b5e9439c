package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The match stream on a real server: snapshot, live events in gap-free order, resync by sequence number. */
class MatchStreamIT {
    private static RunningArena arena;
    private static String admin;
    private static String matchId;
    private static RunningArena.Registered alice;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
        admin = arena.savedAdminToken();
        HttpResponse<String> created = arena.send(arena.request("/api/matches")
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"roundMillis\":600000,\"seats\":4,\"houseBots\":[\"cost-plus\"]}")));
        assertThat(created.statusCode()).isEqualTo(201);
        matchId = RunningArena.json(created).get("matchId").asText();
        alice = arena.register("Alice");
        assertThat(post("/api/matches/" + matchId + "/seats", alice.token(), null).statusCode()).isEqualTo(201);
        assertThat(post("/api/matches/" + matchId + "/start", admin, null).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    private static HttpResponse<String> post(String path, String token, String json) {
        var request = arena.request(path).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        }
        return arena.send(request);
    }

    private static void bid(int price) {
        HttpResponse<String> r = post("/api/matches/" + matchId + "/orders", alice.token(),
                "{\"side\":\"BUY\",\"price\":" + price + ",\"quantity\":1}");
        assertThat(r.statusCode()).isEqualTo(201);
    }

    /** A stream client with helpers to read up to a sequence number. */
    static final class Client {
        private final StreamClient stream;

        private Client(StreamClient stream) {
            this.stream = stream;
        }

        static Client connect(String query, String origin) {
            return new Client(StreamClient.connect(arena, matchId, query, origin));
        }

        WebSocket socket() {
            return stream.socket();
        }

        JsonNode next() throws InterruptedException {
            JsonNode m = stream.poll(10);
            assertThat(m).as("a stream message within 10 s").isNotNull();
            return m;
        }

        /** Messages up to and including the first with this sequence number. */
        List<JsonNode> until(long seq) throws InterruptedException {
            List<JsonNode> got = new ArrayList<>();
            JsonNode m;
            do {
                m = next();
                got.add(m);
            } while (m.get("seq").asLong() < seq);
            return got;
        }
    }

    private static long currentSeq() {
        return RunningArena.json(arena.get("/api/matches/" + matchId)).get("seq").asLong();
    }

    @Test
    void aNewClientGetsASnapshotThenEveryEventInOrder() throws Exception {
        Client client = Client.connect("", null);
        JsonNode snapshot = client.next();
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        long s = snapshot.get("seq").asLong();
        assertThat(snapshot.get("match").get("summary").get("matchId").asText()).isEqualTo(matchId);
        assertThat(snapshot.get("book").get("asks")).isNotEmpty();

        for (int i = 0; i < 20; i++) {
            bid(100 + i);
        }
        long target = currentSeq();
        List<JsonNode> events = client.until(target);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("seq").asLong()).isEqualTo(s + 1 + i);
        }
        assertThat(events).extracting(e -> e.get("type").asText()).contains("order-placed");
        assertThat(events.toString()).doesNotContain("clientOrderId").doesNotContain("playerId");
        client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    @Test
    void aClientThatReconnectsWithFromMissesNothingAndSeesNothingTwice() throws Exception {
        Client first = Client.connect("", null);
        long last = first.next().get("seq").asLong();
        bid(300);
        bid(301);
        List<JsonNode> seen = first.until(currentSeq());
        last = seen.get(seen.size() - 1).get("seq").asLong();
        first.socket().abort();

        for (int i = 0; i < 30; i++) {
            bid(400 + i);
        }
        long target = currentSeq();
        Client second = Client.connect("?from=" + (last + 1), null);
        Thread.sleep(50);
        bid(500);
        List<JsonNode> resumed = second.until(target + 1);
        for (int i = 0; i < resumed.size(); i++) {
            assertThat(resumed.get(i).get("seq").asLong()).as("message %d", i).isEqualTo(last + 1 + i);
        }
        assertThat(resumed.stream().filter(e -> e.get("type").asText().equals("order-placed")).count())
                .isGreaterThanOrEqualTo(31);
        second.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    @Test
    void aClientThatResumesWhileTheMatchGoesOnGetsThePastThenTheLiveEventsInOrder() throws Exception {
        for (int i = 0; i < 200; i++) {
            bid(100 + i % 50);
        }
        AtomicBoolean bidding = new AtomicBoolean(true);
        Thread bidder = new Thread(() -> {
            for (int i = 0; bidding.get(); i++) {
                bid(100 + i % 50);
            }
        }, "bidder");
        bidder.start();
        try {
            // Live events arrive while the past is being sent: they must come after it, not among it.
            for (int attempt = 0; attempt < 5; attempt++) {
                long from = Math.max(1, currentSeq() - 200);
                Client client = Client.connect("?from=" + from, null);
                List<JsonNode> resumed = client.until(currentSeq() + 10);
                for (int i = 0; i < resumed.size(); i++) {
                    assertThat(resumed.get(i).get("seq").asLong()).as("attempt %d, message %d", attempt, i)
                            .isEqualTo(from + i);
                }
                client.socket().abort();
            }
        } finally {
            bidding.set(false);
            bidder.join();
        }
    }

    @Test
    void historyFromTheFirstEventReplaysTheWholeMatch() throws Exception {
        Client client = Client.connect("?from=1", null);
        JsonNode first = client.next();
        assertThat(first.get("type").asText()).isEqualTo("match-created");
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        client.socket().abort();
    }

    @Test
    void aForeignOriginIsRefusedAndBadParametersAreProblems() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> Client.connect("", "https://evil.example"));
        assertThat(refused).isInstanceOf(CompletionException.class);
        assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(403);

        HttpResponse<String> badFrom = arena.get("/api/matches/" + matchId + "/stream?from=0");
        assertThat(badFrom.statusCode()).isEqualTo(400);
        assertThat(RunningArena.json(badFrom).get("field").asText()).isEqualTo("from");
        HttpResponse<String> unknown = arena.get("/api/matches/nosuchmatch/stream");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void anOversizedClientMessageClosesTheStreamWith1009() throws Exception {
        Client client = Client.connect("", null);
        client.next();
        client.socket().sendText("x".repeat(16 * 1024 + 1), true);
        Integer code = client.stream.closed().get(10, TimeUnit.SECONDS);
        assertThat(code).isEqualTo(1009);
    }
}
