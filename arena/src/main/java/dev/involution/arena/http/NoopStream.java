package dev.involution.arena.http;

import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.server.Route;
import akka.stream.javadsl.Source;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.metrics.ArenaMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /api/noop/stream?rate=R&bytes=B}: a WebSocket stream with no match behind it, for load
 * baselines. One ticker per node and ({@code R}, {@code B}) writes R messages a second of about B
 * bytes (or of sizes in a cycle, {@code B=170*20,3042,397}: {@link MessageSizes}),
 * {@code {"type":"noop","seq":N,"at":...,"pad":"..."}}, by the clock: each tick writes every
 * message due since the ticker started ({@link DueMessages}), so a late tick, or one dropped while
 * the hub was busy, does not lower the rate. Subscribers get them after a first
 * {@code {"type":"snapshot","seq":N,...}}, each written once and handed to every subscriber the way
 * a match's stream is (the same {@link Fanout}: a ring of the last messages, each subscriber reading
 * from its own position and ended with a resync when it falls more than
 * {@code arena.http.websocket.subscriber-buffer} behind; the same WebSocket edge); the ticker stops
 * with its last subscriber. A load test compares a match's stream with it, on the same
 * server in the same run.
 */
final class NoopStream {
    private static final int MAX_RATE = 1_000;

    private final ActorSystem<?> system;
    private final WebSockets webSockets;
    private final Runnable messageSent;
    private final Map<String, Ticker> tickers = new HashMap<>();

    NoopStream(ActorSystem<?> system, WebSockets webSockets, ArenaMetrics metrics) {
        this.system = system;
        this.webSockets = webSockets;
        this.messageSent = metrics.streamMessageSent("noop");
    }

    /** A ticker's message with its number ({@code -1}: the resync of a subscriber that fell behind). */
    private record Numbered(long seq, StreamText text) {
    }

    private static final class Ticker {
        final Fanout<Numbered> messages;
        final Cancellable stop;
        final AtomicLong seq = new AtomicLong();
        int subscribers;

        Ticker(ActorSystem<?> system, int rate, int[] sizes, int behind) {
            String[] pads = new String[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                pads[i] = "x".repeat(Math.max(0, sizes[i] - 60));
            }
            DueMessages due = new DueMessages(rate, System.nanoTime());
            this.messages = new Fanout<>(behind);
            this.stop = Source
                    .tick(Duration.ZERO, Duration.ofNanos(1_000_000_000L / rate), "tick")
                    .mapConcat(tick -> {
                        int count = due.take(System.nanoTime());
                        List<Numbered> out = new ArrayList<>(count);
                        for (int i = 0; i < count; i++) {
                            long n = seq.incrementAndGet();
                            out.add(new Numbered(n, text("noop", n, pads[(int) ((n - 1) % pads.length)])));
                        }
                        return out;
                    })
                    .to(messages.sink())
                    .run(system);
        }
    }

    Route route() {
        return parameterOptional("rate", rate -> parameterOptional("bytes", bytes ->
                webSockets.subscribe(() -> subscribe(rate, bytes))));
    }

    /**
     * A subscriber of the no-op stream of {@code rate} messages a second of about {@code bytes}
     * bytes (text as in the query, one size or a cycle of them, see {@link MessageSizes}; 10 and
     * 300 when absent); fails with a {@link ProblemException} for values out of range.
     */
    CompletionStage<StreamSubscription> subscribe(Optional<String> rate, Optional<String> bytes) {
        Optional<Integer> r = rate.map(NoopStream::parse).orElse(Optional.of(10));
        Optional<int[]> b = bytes.map(MessageSizes::parse).orElse(Optional.of(new int[] {300}));
        if (r.isEmpty() || r.get() < 1 || r.get() > MAX_RATE) {
            return CompletableFuture.failedFuture(new ProblemException(Problem.invalidField("rate", "range",
                    "rate must be a whole number of messages a second from 1 to " + MAX_RATE)));
        }
        if (b.isEmpty()) {
            return CompletableFuture.failedFuture(new ProblemException(Problem.invalidField("bytes", "range",
                    MessageSizes.RULE)));
        }
        String key = r.get() + "/" + Arrays.toString(b.get());
        Ticker ticker = acquire(key, r.get(), b.get());
        return CompletableFuture.completedFuture(StreamSubscription.readOnly(
                wake -> new Subscriber(ticker.messages.cursor(() -> new Numbered(-1, text("resync", -1, "")),
                        message -> false, wake)),
                () -> release(key, ticker)));
    }

    /**
     * Like a match's stream: a snapshot first (here only its seq, just before the first message
     * this subscriber gets from the ticker), then the messages after it, in order.
     */
    private final class Subscriber implements StreamCursor<StreamText> {
        private final Fanout<Numbered>.Cursor messages;
        private StreamText held;
        private long last = -1;

        Subscriber(Fanout<Numbered>.Cursor messages) {
            this.messages = messages;
        }

        @Override
        public StreamText poll() {
            if (held != null) {
                StreamText next = held;
                held = null;
                return sent(next);
            }
            Numbered next;
            while ((next = messages.poll()) != null) {
                if (next.seq() < 0) {
                    return sent(next.text());
                }
                if (next.seq() > last) {
                    boolean firstOne = last < 0;
                    last = next.seq();
                    if (firstOne) {
                        held = next.text();
                        return sent(text("snapshot", next.seq() - 1, ""));
                    }
                    return sent(next.text());
                }
            }
            return null;
        }

        private StreamText sent(StreamText text) {
            messageSent.run();
            return text;
        }

        @Override
        public boolean ended() {
            return held == null && messages.ended();
        }

        @Override
        public Throwable failure() {
            return messages.failure();
        }

        @Override
        public boolean urgent() {
            return messages.urgent();
        }

        @Override
        public void close() {
            messages.close();
        }
    }

    private synchronized Ticker acquire(String key, int rate, int[] bytes) {
        Ticker ticker = tickers.computeIfAbsent(key,
                k -> new Ticker(system, rate, bytes, webSockets.settings().subscriberBuffer()));
        ticker.subscribers++;
        return ticker;
    }

    private synchronized void release(String key, Ticker ticker) {
        if (--ticker.subscribers == 0) {
            tickers.remove(key, ticker);
            ticker.stop.cancel();
        }
    }

    private static StreamText text(String type, long seq, String pad) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", type);
        node.put("seq", seq);
        node.put("at", System.currentTimeMillis());
        if (!pad.isEmpty()) {
            node.put("pad", pad);
        }
        return Json.streamText(node);
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
