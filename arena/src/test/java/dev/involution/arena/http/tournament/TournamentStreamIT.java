package dev.involution.arena.http.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.RawConnection;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import dev.involution.arena.testkit.TournamentClient;
import dev.involution.arena.testkit.TournamentReplica;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tournament stream sends one snapshot, then deltas: applied in order to the snapshot they give
 * exactly the view {@code GET /api/tournaments/{id}} answers at the end, and each is far smaller
 * than the view. A client that reconnects with {@code ?from=} its last {@code seq} gets only what it
 * missed (or a snapshot when that is no longer kept); a subscriber that reads nothing ends in a
 * resync naming the last {@code seq} it was sent, from which it reconnects and catches up.
 */
class TournamentStreamIT {
    private static final int QUEUE = 4;
    private static final List<String> STRATEGIES =
            List.of("cost-plus", "undercutter", "subsidizer", "innovator", "tit-for-tat", "random");
    private static final Pattern RESYNCS =
            Pattern.compile("arena_stream_resyncs_total\\{stream=\"tournament\"} ([0-9.]+)");

    private static RunningArena arena;
    private static TournamentClient tournaments;
    private static String admin;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                        .with("arena.http.websocket.subscriber-buffer", QUEUE)
                        .with("arena.http.websocket.ping-interval", "120s")
                        .with("akka.http.server.socket-options.so-send-buffer-size", 4096)
                        .with("arena.http.stream-edge.port", 0)
                        .with("arena.http.stream-edge.send-buffer-size", 4096),
                ArenaModules.standard());
        tournaments = TournamentClient.of(arena);
        admin = arena.savedAdminToken();
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    private static String fastTournament(int entrants, int seats, int rounds) {
        List<String> bots = new ArrayList<>();
        for (int i = 0; i < entrants; i++) {
            bots.add(STRATEGIES.get(i % STRATEGIES.size()));
        }
        return tournaments.create(admin, "{\"name\":\"Streamed\",\"mode\":\"fast\",\"rounds\":" + rounds
                + ",\"seatsPerMatch\":" + seats + ",\"seed\":7,\"parallelMatches\":2,\"houseBots\":"
                + bots.stream().map(RunningArena::quote).collect(Collectors.joining(",", "[", "]")) + "}");
    }

    /**
     * Follows the stream into {@code replica} until its view says FINISHED, reconnecting with
     * {@code ?from=} after a resync (as a client does); the messages it got, in order.
     */
    private static List<JsonNode> follow(int port, String id, TournamentReplica replica, String query) throws Exception {
        List<JsonNode> got = new ArrayList<>();
        StreamClient stream = subscriber(port, id, query);
        while (replica.view() == null || !replica.view().get("summary").get("status").asText().equals("FINISHED")) {
            JsonNode m = stream.poll(30);
            assertThat(m).as("a message within 30 s (got %d, the last: %s; %d characters of the next; the socket %s)",
                    got.size(), got.isEmpty() ? "none" : got.get(got.size() - 1).path("type").asText() + " "
                            + got.get(got.size() - 1).path("seq").asText(), stream.partialChars(),
                    stream.closed().isDone() ? "closed with " + stream.closed().getNow(0) : "open").isNotNull();
            got.add(m);
            if (replica.apply(m).equals("resync")) {
                assertThat(m.get("from").asLong()).isEqualTo(replica.seq());
                stream = subscriber(port, id, "?from=" + m.get("from"));
            }
        }
        stream.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        return got;
    }

    /** The port of the edge named: Akka HTTP's ({@code HTTP}) or the stream edge's. */
    private static int port(String edge) {
        return edge.equals("HTTP") ? arena.uri("/").getPort() : arena.streamPort();
    }

    /** The status of a plain GET (no handshake) of {@code path} on the edge at {@code port}. */
    private static int status(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static StreamClient subscriber(int port, String id, String query) {
        return StreamClient.open(URI.create("ws://127.0.0.1:" + port + "/api/tournaments/" + id + "/stream" + query),
                null, null);
    }

    @ParameterizedTest(name = "on the {0} edge")
    @ValueSource(strings = {"HTTP", "stream"})
    void aSnapshotThenDeltasAddUpToTheFinalViewAndAClientResumesFromItsSeq(String edge) throws Exception {
        int port = port(edge);
        String id = fastTournament(12, 6, 10);
        TournamentReplica replica = new TournamentReplica();
        StreamClient early = subscriber(port, id, "");
        JsonNode first = early.poll(10);
        early.socket().sendClose(WebSocket.NORMAL_CLOSURE, "done");
        assertThat(first.get("type").asText()).isEqualTo("snapshot");
        assertThat(first.get("view").get("entrants")).hasSize(12);
        assertThat(first.get("view").get("summary").get("status").asText()).isEqualTo("OPEN");

        TournamentReplica live = new TournamentReplica();
        Thread start = new Thread(() -> tournaments.control(admin, id, "start"));
        start.start();
        List<JsonNode> messages = follow(port, id, live, "");
        start.join();
        JsonNode view = tournaments.view(id);
        assertThat(asGot(live.view())).as("the snapshot with every delta applied is the tournament's view").isEqualTo(view);
        assertThat(view.get("summary").get("matchesPlayed").asInt()).isEqualTo(20);
        List<JsonNode> deltas = messages.stream().filter(m -> m.get("type").asText().equals("delta")).toList();
        // Changes this node heard of together (or read back after a missed publication) may come as
        // one delta, so the count is not one per match; what counts is that they add up (above) and
        // come in order.
        assertThat(deltas).as("deltas").isNotEmpty();
        assertThat(deltas.stream().map(d -> d.get("seq").asLong()).toList()).as("in order").isSorted()
                .doesNotHaveDuplicates();
        // A delta of one change is a fraction of the view; one that carries several (heard of together
        // on a busy machine) grows with them, and is still smaller than the view.
        int viewBytes = view.toString().length();
        for (JsonNode d : deltas) {
            int bytes = d.toString().length();
            assertThat(bytes).as("a delta is smaller than the view (%d bytes)", viewBytes).isLessThan(viewBytes);
            if (d.path("matches").size() <= 1) {
                assertThat(bytes).as("a delta of at most one match is a fraction of the view (%d bytes)", viewBytes)
                        .isLessThan(viewBytes / 3);
            }
        }

        // From the first snapshot's seq: the deltas after it (all still kept), which lead to the same view.
        replica.apply(first);
        List<JsonNode> resumed = follow(port, id, replica, "?from=" + first.get("seq").asLong());
        assertThat(resumed.get(0).get("type").asText()).as("only what was missed").isEqualTo("delta");
        assertThat(asGot(replica.view())).isEqualTo(view);

        // From a seq no view had (0): a snapshot of the current view.
        TournamentReplica fresh = new TournamentReplica();
        List<JsonNode> anew = follow(port, id, fresh, "?from=0");
        assertThat(anew.get(0).get("type").asText()).isEqualTo("snapshot");
        assertThat(asGot(fresh.view())).isEqualTo(view);

        assertThat(status(port, "/api/tournaments/" + id + "/stream?from=-1")).isEqualTo(400);
        assertThat(status(port, "/api/tournaments/" + id + "/stream?from=x")).isEqualTo(400);
        assertThat(status(port, "/api/tournaments/" + id + "/stream?from=" + (view.get("seq").asLong() + 1)))
                .as("beyond the tournament's seq").isEqualTo(400);
        assertThat(status(port, "/api/tournaments/no-such-tournament/stream")).isEqualTo(404);
    }

    @ParameterizedTest(name = "on the {0} edge")
    @ValueSource(strings = {"HTTP", "stream"})
    void aSubscriberThatReadsNothingEndsInAResyncAndCatchesUpFromIt(String edge) throws Exception {
        int port = port(edge);
        String id = fastTournament(48, 8, 20);
        double resyncsBefore = resyncs();
        RawConnection slow = RawConnection.open(port, 4096);
        assertThat(slow.handshake("/api/tournaments/" + id + "/stream", "127.0.0.1", List.of())).startsWith("HTTP/1.1 101");
        assertThat(tournaments.control(admin, id, "start")).isEqualTo("RUNNING");
        JsonNode view = tournaments.finished(id, Duration.ofMinutes(3));
        assertThat(Eventually.holds(() -> resyncs() >= resyncsBefore + 1))
                .as("the slow subscriber's queue overflowed into a resync").isTrue();

        // Now it reads: a snapshot, deltas in order, then the resync naming the last seq it was sent, then the end.
        TournamentReplica replica = new TournamentReplica();
        JsonNode resync = null;
        RawConnection.Frame frame;
        while (resync == null && (frame = slow.nextFrame(Duration.ofSeconds(10))) != null && frame.opcode() == 0x1) {
            JsonNode m = RunningArena.json(frame.text());
            if (replica.apply(m).equals("resync")) {
                resync = m;
            }
        }
        assertThat(resync).as("a resync").isNotNull();
        assertThat(resync.get("from").asLong()).isEqualTo(replica.seq());
        assertThat(replica.seq()).as("it fell behind before the end").isLessThan(view.get("seq").asLong());
        RawConnection.Frame end = slow.nextFrame(Duration.ofSeconds(10));
        assertThat(end).as("the stream ends after the resync").isNotNull();
        assertThat(end.opcode()).isIn(0x8, -1);
        slow.close();

        follow(port, id, replica, "?from=" + resync.get("from").asLong());
        assertThat(asGot(replica.view())).as("caught up from the resync").isEqualTo(view);
    }

    /** The replica as a GET's answer is read (the same JSON parser, so numbers compare alike). */
    private static JsonNode asGot(JsonNode replica) {
        return RunningArena.json(replica.toString());
    }

    private static double resyncs() {
        Matcher m = RESYNCS.matcher(arena.get("/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
