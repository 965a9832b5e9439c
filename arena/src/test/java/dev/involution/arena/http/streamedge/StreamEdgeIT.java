package dev.involution.arena.http.streamedge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RawConnection;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stream edge (a port of its own for the read-only streams) sends a match's subscribers exactly
 * what the HTTP edge sends them, resumes from a {@code seq} the same way, refuses what the HTTP edge
 * refuses with the same problems, keeps the WebSocket limits (1009 for a client message over the
 * size limit, pings answered), counts its sockets in {@code /metrics}, and closes its sockets with
 * 1001 when the arena stops.
 */
class StreamEdgeIT {
    private static final int EVENTS = 30;
    private static final Pattern OPEN_SOCKETS = Pattern.compile("(?m)^arena_websocket_connections ([0-9.]+)");

    private static RunningArena arena;
    private static String admin;
    private static String matchId;
    private static MatchClient api;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.http.stream-edge.port", 0), ArenaModules.standard());
        admin = arena.savedAdminToken();
        api = MatchClient.of(arena);
        matchId = api.createMatch(admin, "{\"roundMillis\":600000,\"seats\":4,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
        api.control(admin, matchId, "start");
    }

    @AfterAll
    static void stop() {
        if (arena != null) {
            arena.close();
        }
    }

    private static long broadcast(int n) {
        return api.broadcast(admin, matchId, "message " + n);
    }

    private static URI edge(String pathAndQuery) {
        return URI.create("ws://127.0.0.1:" + arena.streamPort() + pathAndQuery);
    }

    private static HttpResponse<String> edgeGet(String pathAndQuery, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + arena.streamPort() + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The messages a client gets until (and with) the event {@code lastSeq}. */
    private static List<JsonNode> until(StreamClient client, long lastSeq) throws InterruptedException {
        List<JsonNode> received = new ArrayList<>();
        while (true) {
            JsonNode message = client.poll(30);
            assertThat(message).as("a message up to seq %d (got %d)", lastSeq, received.size()).isNotNull();
            if (message.path("type").asText().equals("heartbeat")) {
                continue;
            }
            received.add(message);
            if (message.path("seq").asLong() == lastSeq && !message.path("type").asText().equals("snapshot")) {
                return received;
            }
        }
    }

    /**
     * The open-sockets gauge once it reads at least {@code atLeast}, or when {@code within} has
     * passed: each edge counts a socket from a callback of its own, which may run just after the
     * socket's first message reached the client.
     */
    private static double openSocketsOnceAtLeast(double atLeast, Duration within) throws InterruptedException {
        long giveUp = System.nanoTime() + within.toNanos();
        double open = openSockets();
        while (open < atLeast && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            open = openSockets();
        }
        return open;
    }

    private static double openSockets() {
        Matcher m = OPEN_SOCKETS.matcher(arena.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void bothEdgesSendTheSameMessagesAndResumeTheSameWay() throws Exception {
        StreamClient viaHttp = StreamClient.connect(arena, matchId, "", null);
        StreamClient viaEdge = StreamClient.open(edge("/api/matches/" + matchId + "/stream"), null, null);
        JsonNode httpSnapshot = viaHttp.poll(30);
        JsonNode edgeSnapshot = viaEdge.poll(30);
        assertThat(edgeSnapshot.get("type").asText()).isEqualTo("snapshot");
        assertThat(edgeSnapshot.get("match")).isEqualTo(httpSnapshot.get("match"));
        assertThat(openSocketsOnceAtLeast(2, Duration.ofSeconds(5))).as("sockets of both edges counted")
                .isGreaterThanOrEqualTo(2);

        long first = broadcast(0);
        long last = first;
        for (int i = 1; i < EVENTS; i++) {
            last = broadcast(i);
        }
        List<JsonNode> fromHttp = until(viaHttp, last);
        List<JsonNode> fromEdge = until(viaEdge, last);
        assertThat(fromEdge).as("the same events, in the same order, none twice").isEqualTo(fromHttp);
        assertThat(fromEdge.stream().filter(m -> m.path("seq").asLong() >= first).count())
                .isEqualTo(last - first + 1);

        long from = first + 7;
        StreamClient resumed = StreamClient.open(edge("/api/matches/" + matchId + "/stream?from=" + from), null, null);
        List<JsonNode> replayed = until(resumed, last);
        assertThat(replayed.stream().map(m -> m.get("seq").asLong()).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(from, last).boxed().toList());
        long next = broadcast(EVENTS);
        assertThat(until(resumed, next)).hasSize(1);

        for (StreamClient client : List.of(viaHttp, viaEdge, resumed)) {
            client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void aPageOnTheStreamEdgeCountsAmongTheMatchsConnectionsAndItsHelloNamesThePlayer() throws Exception {
        RunningArena.Registered alice = arena.register("Alice");
        StreamClient anonymous = StreamClient.open(edge("/api/matches/" + matchId + "/stream"), null, null);
        StreamClient aliceTab = StreamClient.open(edge("/api/matches/" + matchId + "/stream"), null, null);
        aliceTab.socket().sendText("{\"type\":\"hello\",\"token\":" + RunningArena.quote(alice.token()) + "}", true)
                .join();
        JsonNode seen = null;
        for (int attempt = 0; attempt < 400; attempt++) {
            HttpResponse<String> r = arena.get("/api/matches/" + matchId + "/connections", admin);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            seen = RunningArena.json(r);
            if (seen.get("players").size() == 1 && seen.get("anonymous").asInt() >= 1) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(seen.get("players")).as("%s", seen).hasSize(1);
        assertThat(seen.get("players").get(0).get("playerId").asText()).isEqualTo(alice.playerId());
        assertThat(seen.get("anonymous").asInt()).isGreaterThanOrEqualTo(1);
        for (StreamClient client : List.of(anonymous, aliceTab)) {
            client.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void whatTheHttpEdgeRefusesTheStreamEdgeRefusesWithTheSameProblems() throws Exception {
        String stream = "/api/matches/" + matchId + "/stream";
        HttpResponse<String> badFrom = edgeGet(stream + "?from=abc", null);
        assertThat(badFrom.statusCode()).isEqualTo(400);
        assertThat(badFrom.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(RunningArena.json(badFrom).get("detail").asText()).contains("from must be a whole number");
        assertThat(badFrom.body()).isEqualTo(arena.get(stream + "?from=abc").body());

        HttpResponse<String> unknown = edgeGet("/api/matches/no-such-match/stream", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(arena.get("/api/matches/no-such-match/stream").body());

        HttpResponse<String> foreign = edgeGet(stream, "https://elsewhere.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(RunningArena.json(foreign).get("rule").asText()).isEqualTo("same-origin");

        HttpResponse<String> noHandshake = edgeGet(stream, null);
        assertThat(noHandshake.statusCode()).isEqualTo(400);
        assertThat(RunningArena.json(noHandshake).get("detail").asText()).contains("WebSocket handshake");

        HttpResponse<String> elsewhere = edgeGet("/api/matches", null);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(RunningArena.json(elsewhere).get("detail").asText()).contains("/api/matches/*/stream");

        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + arena.streamPort() + stream))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void pingsAreAnsweredAndAClientMessageOverTheLimitClosesWith1009() {
        try (RawConnection raw = RawConnection.open(arena.streamPort())) {
            assertThat(raw.handshake("/api/matches/" + matchId + "/stream", "127.0.0.1", List.of()))
                    .startsWith("HTTP/1.1 101");
            raw.sendFrame(0x9, "are you there".getBytes(StandardCharsets.UTF_8));
            RawConnection.Frame frame;
            do {
                frame = raw.nextFrame(Duration.ofSeconds(30));
                assertThat(frame).as("the pong").isNotNull();
            } while (frame.opcode() == 0x1);
            assertThat(frame.opcode()).isEqualTo(0xA);
            assertThat(new String(frame.payload(), StandardCharsets.UTF_8)).isEqualTo("are you there");

            raw.sendFrame(0x1, "x".repeat(17 * 1024).getBytes(StandardCharsets.UTF_8));
            RawConnection.Frame close = raw.awaitClose(Duration.ofSeconds(30), true);
            assertThat(close).as("a close frame").isNotNull();
            assertThat(close.closeCode()).isEqualTo(1009);
        }
    }

    @Test
    void aStoppingArenaClosesItsStreamEdgeSocketsGoingAway() throws InterruptedException {
        RunningArena leaving = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.http.stream-edge.port", 0), ArenaModules.standard());
        Thread stopping = new Thread(leaving::close);
        try (RawConnection raw = RawConnection.open(leaving.streamPort())) {
            assertThat(raw.handshake("/api/noop/stream?rate=5&bytes=100", "127.0.0.1", List.of()))
                    .startsWith("HTTP/1.1 101");
            assertThat(raw.nextFrame(Duration.ofSeconds(30)).text()).contains("\"type\":\"snapshot\"");
            stopping.start();
            RawConnection.Frame close = raw.awaitClose(Duration.ofSeconds(30), true);
            assertThat(close).as("a close frame").isNotNull();
            assertThat(close.closeCode()).isEqualTo(1001);
        } finally {
            if (stopping.getState() == Thread.State.NEW) {
                stopping.start();
            }
            stopping.join(60_000);
        }
    }
}
