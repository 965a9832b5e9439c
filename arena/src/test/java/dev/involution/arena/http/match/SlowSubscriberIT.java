package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RawConnection;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subscriber that reads nothing (a small TCP receive buffer, the server's send buffer small too)
 * holds back neither the match nor another subscriber: the other one receives every event before
 * the next is even written, far past the point where the slow one's queue overflowed; the slow
 * one, when it finally reads, finds a gap-free run of events, then one {@code resync} naming the
 * first {@code seq} it missed, then the end of the stream; reconnecting from there it gets every
 * event after, none twice. The resync is counted in {@code /metrics}. The same on the HTTP edge and
 * on the stream edge (both with small send buffers).
 */
class SlowSubscriberIT {
    private static final int QUEUE = 16;
    /** Events written while the slow subscriber reads nothing: far more than its queue and both sockets hold. */
    private static final int EVENTS = 400;
    private static final Pattern RESYNCS = Pattern.compile("arena_stream_resyncs_total\\{stream=\"match\"} ([0-9.]+)");

    private static RunningArena arena;
    private static String admin;
    private static String matchId;
    private static MatchClient api;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                        .with("arena.http.websocket.subscriber-buffer", QUEUE)
                        .with("arena.http.websocket.ping-interval", "120s")
                        .with("akka.http.server.socket-options.so-send-buffer-size", 4096)
                        .with("arena.http.stream-edge.port", 0)
                        .with("arena.http.stream-edge.send-buffer-size", 4096),
                ArenaModules.standard());
        admin = arena.savedAdminToken();
        api = MatchClient.of(arena);
        matchId = api.createMatch(admin, "{\"roundMillis\":600000,\"seats\":4,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
        api.control(admin, matchId, "start");
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    /** Broadcasts a long message (about 450 bytes on the stream); its {@code seq}. */
    private static long broadcast(int n) {
        return api.broadcast(admin, matchId, "message " + n + " " + "x".repeat(400));
    }

    private static double resyncs() {
        Matcher m = RESYNCS.matcher(arena.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static StreamClient subscriber(int port, String query) {
        return StreamClient.open(URI.create("ws://127.0.0.1:" + port + "/api/matches/" + matchId + "/stream" + query),
                null, null);
    }

    @ParameterizedTest(name = "on the {0} edge")
    @ValueSource(strings = {"HTTP", "stream"})
    void aSubscriberThatReadsNothingHoldsBackNobodyAndEndsInAResync(String edge) throws Exception {
        int port = edge.equals("HTTP") ? arena.uri("/").getPort() : arena.streamPort();
        double resyncsBefore = resyncs();
        RawConnection slow = RawConnection.open(port, 4096);
        String head = slow.handshake("/api/matches/" + matchId + "/stream", "127.0.0.1", List.of());
        assertThat(head).startsWith("HTTP/1.1 101");

        StreamClient other = subscriber(port, "");
        JsonNode snapshot = other.poll(10);
        assertThat(snapshot.get("type").asText()).isEqualTo("snapshot");
        long expected = snapshot.get("seq").asLong() + 1;

        // In lockstep: each event reaches the other subscriber before the next one is written, so
        // no event of it waits behind the slow subscriber's, however far that one falls behind.
        for (int i = 0; i < EVENTS; i++) {
            long seq = broadcast(i);
            JsonNode event;
            do {
                event = other.poll(10);
                assertThat(event).as("event %d reaches the other subscriber", seq).isNotNull();
            } while (!event.has("seq"));
            assertThat(event.get("seq").asLong()).isEqualTo(expected);
            expected++;
            while (expected <= seq) {
                assertThat(other.poll(10).get("seq").asLong()).isEqualTo(expected++);
            }
        }
        assertThat(Eventually.holds(() -> resyncs() >= resyncsBefore + 1))
                .as("the slow subscriber's queue overflowed into a resync").isTrue();

        // Now the slow one reads: events without a gap, then the resync, then the close.
        List<JsonNode> received = new ArrayList<>();
        RawConnection.Frame frame;
        while ((frame = slow.nextFrame(Duration.ofSeconds(10))) != null && frame.opcode() == 0x1) {
            received.add(RunningArena.json(frame.text()));
            if (received.get(received.size() - 1).path("type").asText().equals("resync")) {
                break;
            }
        }
        RawConnection.Frame end = slow.nextFrame(Duration.ofSeconds(10));
        assertThat(end).as("the stream ends after the resync").isNotNull();
        assertThat(end.opcode()).isIn(0x8, -1);
        assertThat(received.get(0).get("type").asText()).isEqualTo("snapshot");
        JsonNode resync = received.get(received.size() - 1);
        assertThat(resync.get("type").asText()).isEqualTo("resync");
        List<JsonNode> events = received.subList(1, received.size() - 1).stream()
                .filter(m -> m.has("seq")).toList();
        long from = received.get(0).get("seq").asLong() + 1;
        for (JsonNode e : events) {
            assertThat(e.get("seq").asLong()).isEqualTo(from++);
        }
        assertThat(resync.get("from").asLong()).as("the first seq it did not get").isEqualTo(from);
        assertThat(from - 1).as("it fell behind well before the end").isLessThan(expected - 1);
        slow.close();

        // Reconnecting from there loses nothing and repeats nothing.
        long last = expected - 1;
        StreamClient resumed = subscriber(port, "?from=" + from);
        for (long seq = from; seq <= last; seq++) {
            JsonNode e = resumed.poll(10);
            assertThat(e).as("event %d after the resync", seq).isNotNull();
            assertThat(e.get("seq").asLong()).isEqualTo(seq);
        }
        resumed.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        other.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
