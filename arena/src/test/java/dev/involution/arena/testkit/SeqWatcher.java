package dev.involution.arena.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * A spectator of a match's stream as a well-behaved client is written (docs/API.md, "Resync"): it
 * records the {@code seq} of every event it is sent, and when its socket closes (a node going away
 * with 1001, a dropped connection) or stays silent, not even a heartbeat, for
 * {@link #SILENCE} (a connection that is dead without knowing it), it reconnects, first to where it
 * was and then through the fallback (the load balancer), with {@code ?from=} the next sequence
 * number, until {@link #close()}. Silences are counted: {@link #silences()}.
 */
public final class SeqWatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The documented client's patience: the server sends a heartbeat after 10 s without events. */
    static final Duration SILENCE = Duration.ofSeconds(25);

    private final String matchId;
    private final URI fallback;
    private final List<Long> seqs = new CopyOnWriteArrayList<>();
    private final List<String> types = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger silences = new AtomicInteger();
    /** When the current connection last heard anything (an event, a heartbeat), by {@link System#nanoTime()}. */
    private volatile long lastHeard = System.nanoTime();
    /** For each connection: the {@code from} it asked for and where in {@link #seqs} its first event landed. */
    private final List<String> connections = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Thread keeper;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile boolean open;
    /** Which connection is current: a socket from an earlier attempt (late or replaced) is ignored and aborted. */
    private final AtomicInteger generation = new AtomicInteger();

    /** Watches {@code matchId} on {@code first} (an arena's base URI), reconnecting through {@code fallback}. */
    public SeqWatcher(URI first, URI fallback, String matchId) {
        this.matchId = matchId;
        this.fallback = fallback;
        connect(first, 1);
        this.keeper = new Thread(this::keepConnected, "seq-watcher-" + matchId);
        keeper.setDaemon(true);
        keeper.start();
    }

    private boolean connect(URI base, long from) {
        URI uri = URI.create(base.resolve("/api/matches/" + matchId + "/stream?from=" + from).toString()
                .replaceFirst("^http", "ws"));
        int mine = generation.incrementAndGet();
        connections.add("#" + mine + " from " + from + " at index " + seqs.size());
        StringBuilder partial = new StringBuilder();
        // Open from now on unless this attempt fails or the socket ends: a socket that closes at once
        // (its node leaving) must not be marked open after its close was seen.
        open = true;
        lastHeard = System.nanoTime();
        CompletableFuture<WebSocket> opening = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        if (generation.get() != mine) {
                            webSocket.abort();
                            return null;
                        }
                        lastHeard = System.nanoTime();
                        partial.append(data);
                        if (last) {
                            record(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        ended(mine, statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        ended(mine, -1);
                    }
                });
        try {
            socket = opening.get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            // A connection that opens after we gave up on it must not feed a second copy of the events.
            generation.incrementAndGet();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            connections.add("#" + mine + " failed to open: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
            open = false;
            opening.thenAccept(WebSocket::abort);
            return false;
        }
    }

    private void ended(int connection, int statusCode) {
        connections.add("#" + connection + " ended with " + statusCode + " at index " + seqs.size());
        if (generation.get() == connection) {
            closeCodes.add(statusCode);
            open = false;
        }
    }

    private void record(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("seq") && !"snapshot".equals(message.path("type").asText())) {
                seqs.add(message.get("seq").asLong());
                types.add(message.path("type").asText() + "@" + Thread.currentThread().getName());
            }
        } catch (Exception e) {
            closeCodes.add(-2);
        }
    }

    private void keepConnected() {
        while (!closed) {
            if (open && System.nanoTime() - lastHeard > SILENCE.toNanos()) {
                silent();
            }
            if (!open) {
                reconnects.incrementAndGet();
                long next = lastSeq() + 1;
                if (!connect(fallback, next)) {
                    LoopbackCluster.sleep(500);
                    continue;
                }
            }
            LoopbackCluster.sleep(100);
        }
    }

    /** Gives up on a connection that heard nothing for {@link #SILENCE}: a late message of it is ignored. */
    private void silent() {
        int connection = generation.getAndIncrement();
        silences.incrementAndGet();
        connections.add("#" + connection + " silent for " + SILENCE.toSeconds() + " s at index " + seqs.size());
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
        open = false;
    }

    /** How many connections were given up for their silence. */
    public int silences() {
        return silences.get();
    }

    /** Every seq received, in order of arrival. */
    public List<Long> seqs() {
        return new ArrayList<>(seqs);
    }

    /** Where the received seqs break "each once, in order" (repeats and gaps), for a failure message. */
    public String irregularities() {
        List<String> found = new ArrayList<>();
        long expected = 1;
        List<Long> all = seqs();
        for (int i = 0; i < all.size(); i++) {
            long seq = all.get(i);
            if (seq != expected) {
                found.add((seq < expected ? "repeat " : "gap before ") + seq + " (expected " + expected + ", "
                        + types.get(i) + ")");
            }
            expected = Math.max(expected, seq + 1);
        }
        return found.isEmpty() ? "none" : String.join(", ", found.subList(0, Math.min(found.size(), 20)))
                + "; " + connectionHistory();
    }

    /** How this watcher's connections went: reconnects, silences, close codes, and each connection's start and end. */
    public String connectionHistory() {
        return "reconnects " + reconnects() + ", silences " + silences() + ", close codes " + closeCodes()
                + ", connections " + connections;
    }

    /** Asserts that the events came each once and in order, from the first on, across every reconnect. */
    public void assertEverySeqOnceInOrder() {
        List<Long> all = seqs();
        assertThat(all).as("every seq once, in order; irregularities: %s", irregularities())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
    }

    /** The highest seq received (an event that came late does not hide the ones after it). */
    public long lastSeq() {
        return seqs().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The close codes the server sent (-1: the connection failed). */
    public List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }

    public int reconnects() {
        return reconnects.get();
    }

    @Override
    public void close() {
        closed = true;
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }
}
