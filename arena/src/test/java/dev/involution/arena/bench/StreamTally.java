package dev.involution.arena.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A subscriber of a tournament's WebSocket stream that counts what it is sent: messages, their UTF-8
 * bytes and the largest one, until a message says the tournament is FINISHED (in its {@code summary},
 * or its {@code view}'s for a snapshot).
 */
final class StreamTally implements WebSocket.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringBuilder partial = new StringBuilder();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final WebSocket socket;
    private int messages;
    private long bytes;
    private long largest;

    private StreamTally(String uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(uri), this).join();
    }

    /** Subscribes to {@code ws://...} at once (the first message is the snapshot). */
    static StreamTally open(String wsUri) {
        return new StreamTally(wsUri);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            long size = text.getBytes(StandardCharsets.UTF_8).length;
            synchronized (this) {
                messages++;
                bytes += size;
                largest = Math.max(largest, size);
            }
            if ("FINISHED".equals(status(text))) {
                finished.countDown();
            }
        }
        webSocket.request(1);
        return null;
    }

    private static String status(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            JsonNode summary = node.has("view") ? node.get("view").path("summary") : node.path("summary");
            return summary.path("status").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the stream said FINISHED (at most {@code seconds}), then closes it. */
    Totals awaitFinished(long seconds) throws InterruptedException {
        boolean done = finished.await(seconds, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        synchronized (this) {
            return new Totals(messages, bytes, largest, done);
        }
    }

    /** What one subscriber was sent over one tournament. */
    record Totals(int messages, long bytes, long largest, boolean sawFinish) {
        long perMessage() {
            return messages == 0 ? 0 : bytes / messages;
        }
    }
}
