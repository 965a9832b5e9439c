package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of a match's WebSocket stream for tests: it queues every message it receives as JSON. */
public final class StreamClient implements WebSocket.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    /** When the last part of a message arrived (a large message comes in parts). */
    private volatile long lastHeard = System.nanoTime();
    private volatile int partialChars;
    private WebSocket socket;

    private StreamClient() {
    }

    /** Opens {@code /api/matches/{matchId}/stream{query}} on the arena, with an Origin header if given. */
    public static StreamClient connect(RunningArena arena, String matchId, String query, String origin) {
        return open(arena, "/api/matches/" + matchId + "/stream" + query, origin);
    }

    /** Opens the WebSocket at {@code path} on the arena, with an Origin header if given. */
    public static StreamClient open(RunningArena arena, String path, String origin) {
        return open(arena, path, origin, null);
    }

    /** Opens the WebSocket at {@code path} on the arena, with an Origin header and a bearer token if given. */
    public static StreamClient open(RunningArena arena, String path, String origin, String token) {
        return open(URI.create(arena.uri(path).toString().replaceFirst("^http", "ws")), origin, token);
    }

    /** Opens the WebSocket at {@code uri} ({@code ws://...}), with an Origin header and a bearer token if given. */
    public static StreamClient open(URI uri, String origin, String token) {
        StreamClient client = new StreamClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        lastHeard = System.nanoTime();
        partialChars = last ? 0 : partial.length();
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /**
     * The next message other than a heartbeat, or null after {@code seconds} without one, counted
     * from the last part of a message received: a large message still arriving through a slow
     * socket is waited for.
     */
    public JsonNode poll(long seconds) throws InterruptedException {
        long quiet = TimeUnit.SECONDS.toNanos(seconds);
        long deadline = System.nanoTime() + quiet;
        for (long left = quiet; left > 0; left = Math.max(deadline, lastHeard + quiet) - System.nanoTime()) {
            JsonNode m = messages.poll(left, TimeUnit.NANOSECONDS);
            if (m != null && !"heartbeat".equals(m.path("type").asText())) {
                return m;
            }
        }
        return null;
    }

    /** Characters received of a message not yet complete (0 between messages). */
    public int partialChars() {
        return partialChars;
    }

    public WebSocket socket() {
        return socket;
    }

    /** Completes with the close code when the server closes the stream (-1 on an error). */
    public CompletableFuture<Integer> closed() {
        return closed;
    }
}
