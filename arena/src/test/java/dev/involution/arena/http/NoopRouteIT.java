package dev.involution.arena.http;

import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.StreamClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The no-op routes for load baselines: the edge and the JSON reader, nothing else. */
class NoopRouteIT {

    private static RunningArena arena;

    @BeforeAll
    static void start() {
        arena = RunningArena.start();
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void postReadsAndDiscardsAJsonBody() {
        HttpResponse<String> response = arena.postJson("/api/noop", "{\"side\":\"BUY\",\"price\":100,\"quantity\":1}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json(response).get("ok").asBoolean()).isTrue();
    }

    @Test
    void postRefusesWhatIsNotJsonLikeEveryApiRoute() {
        HttpResponse<String> broken = arena.postJson("/api/noop", "{\"price\":");
        HttpResponse<String> text = arena.send(arena.request("/api/noop").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(text.statusCode()).isEqualTo(415);
    }

    @Test
    void getAnswersWithoutBody() {
        HttpResponse<String> response = arena.get("/api/noop");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("ok").asBoolean()).isTrue();
    }

    @Test
    void theStreamDeliversItsRateByTheClock() throws Exception {
        StreamClient client = StreamClient.open(arena, "/api/noop/stream?rate=50&bytes=300", null);
        JsonNode snapshot = client.poll(10);
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        long first = snapshot.get("seq").asLong() + 1;

        // After a second, for 3 s: the messages' own timestamps say how many a second the server
        // wrote (50; a ticker that drops late ticks wrote a fifth fewer), however late they arrive.
        long start = System.nanoTime();
        long expected = first;
        long firstSeq = -1;
        long firstAt = -1;
        long lastAt = -1;
        JsonNode message;
        while (System.nanoTime() - start < 4_000_000_000L && (message = client.poll(2)) != null) {
            assertThat(message.get("type").asText()).isEqualTo("noop");
            assertThat(message.get("seq").asLong()).isEqualTo(expected++);
            assertThat(message.toString().length()).isBetween(280, 320);
            if (System.nanoTime() - start > 1_000_000_000L) {
                lastAt = message.get("at").asLong();
                if (firstSeq < 0) {
                    firstSeq = message.get("seq").asLong();
                    firstAt = lastAt;
                }
            }
        }
        client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        long written = expected - 1 - firstSeq;

        assertThat(lastAt - firstAt).as("ms between the first and the last message").isGreaterThan(1_000);
        assertThat(written * 1_000.0 / (lastAt - firstAt)).as("messages a second").isBetween(45.0, 55.0);
    }

    @Test
    void messagesFollowACycleOfSizes() throws Exception {
        StreamClient client = StreamClient.open(arena, "/api/noop/stream?rate=100&bytes=200*3,2000", null);
        assertThat(client.poll(10).get("type").asText()).isEqualTo("snapshot");

        // The n-th message of the ticker is the ((n - 1) mod 4)-th size of the cycle.
        for (int i = 0; i < 12; i++) {
            JsonNode message = client.poll(5);
            long seq = message.get("seq").asLong();
            int expected = (seq - 1) % 4 == 3 ? 2_000 : 200;
            assertThat(message.toString().length()).as("message %d", seq).isBetween(expected - 20, expected + 20);
        }
        client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    @Test
    void theOpenSocketsGaugeCountsEverySocketOfTheEdge() throws Exception {
        double before = openSockets();
        StreamClient client = StreamClient.open(arena, "/api/noop/stream?rate=5&bytes=100", null);
        assertThat(client.poll(10).get("type").asText()).isEqualTo("snapshot");

        assertThat(Eventually.holds(() -> openSockets() == before + 1)).as("one more socket counted").isTrue();
        client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        assertThat(Eventually.holds(() -> openSockets() == before)).as("the closed socket no longer counted").isTrue();
    }

    private static final Pattern OPEN_SOCKETS = Pattern.compile("(?m)^arena_websocket_connections ([0-9.]+)$");

    private static double openSockets() {
        Matcher gauge = OPEN_SOCKETS.matcher(arena.get("/metrics").body());
        assertThat(gauge.find()).as("the gauge in /metrics").isTrue();
        return Double.parseDouble(gauge.group(1));
    }
}
