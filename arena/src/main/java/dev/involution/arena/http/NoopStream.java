package dev.involution.arena.http;

import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.NotUsed;
import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.server.Route;
import akka.japi.Pair;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.metrics.ArenaMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /api/noop/stream?rate=R&bytes=B}: a WebSocket stream with no match behind it, for load
 * baselines. One ticker per node and ({@code R}, {@code B}) writes R messages a second of about B
 * bytes, {@code {"type":"noop","seq":N,"at":...,"pad":"..."}}, by the clock: each tick writes every
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
    private static final int MAX_BYTES = 16_384;

    private final ActorSystem<?> system;
    private final WebSockets webSockets;
    private final ArenaMetrics metrics;
    private final Map<String, Ticker> tickers = new HashMap<>();

    NoopStream(ActorSystem<?> system, WebSockets webSockets, ArenaMetrics metrics) {
        this.system = system;
        this.webSockets = webSockets;
        this.metrics = metrics;
    }

    private static final class Ticker {
        final Fanout<Pair<Long, Message>> messages;
        final Cancellable stop;
        final AtomicLong seq = new AtomicLong();
        int subscribers;

        Ticker(ActorSystem<?> system, int rate, int bytes, int behind) {
            String pad = "x".repeat(Math.max(0, bytes - 60));
            DueMessages due = new DueMessages(rate, System.nanoTime());
            this.messages = new Fanout<>(behind);
            this.stop = Source
                    .tick(Duration.ZERO, Duration.ofNanos(1_000_000_000L / rate), "tick")
                    .mapConcat(tick -> {
                        int count = due.take(System.nanoTime());
                        List<Pair<Long, Message>> out = new ArrayList<>(count);
                        for (int i = 0; i < count; i++) {
                            long n = seq.incrementAndGet();
                            out.add(Pair.create(n, text("noop", n, pad)));
                        }
                        return out;
                    })
                    .to(messages.sink())
                    .run(system);
        }
    }

    Route route() {
        return parameterOptional("rate", rate -> parameterOptional("bytes", bytes -> {
            Optional<Integer> r = rate.map(NoopStream::parse).orElse(Optional.of(10));
            Optional<Integer> b = bytes.map(NoopStream::parse).orElse(Optional.of(300));
            if (r.isEmpty() || r.get() < 1 || r.get() > MAX_RATE) {
                return ProblemResponses.complete(Problem.invalidField("rate", "range",
                        "rate must be a whole number of messages a second from 1 to " + MAX_RATE));
            }
            if (b.isEmpty() || b.get() < 0 || b.get() > MAX_BYTES) {
                return ProblemResponses.complete(Problem.invalidField("bytes", "range",
                        "bytes must be a whole number from 0 to " + MAX_BYTES));
            }
            String key = r.get() + "/" + b.get();
            Ticker ticker = acquire(key, r.get(), b.get());
            // Like a match's stream: a snapshot first (here only its seq, just before the first
            // message this subscriber gets from the ticker), then the messages after it, in order.
            Source<Message, NotUsed> out = ticker.messages
                    .source(() -> Pair.create(-1L, text("resync", -1, "")))
                    .statefulMapConcat(() -> {
                        long[] last = {-1};
                        return p -> {
                            List<Message> sent;
                            if (last[0] < 0 && p.first() >= 0) {
                                sent = List.of(text("snapshot", p.first() - 1, ""), p.second());
                            } else if (p.first() >= 0 && p.first() <= last[0]) {
                                sent = List.of();
                            } else {
                                sent = List.of(p.second());
                            }
                            last[0] = Math.max(last[0], p.first());
                            metrics.streamMessagesSent("noop", sent.size());
                            return sent;
                        };
                    })
                    .watchTermination((mat, done) -> {
                        done.whenComplete((d, failure) -> release(key, ticker));
                        return mat;
                    });
            return webSockets.handle(Flow.fromSinkAndSourceCoupled(Sink.ignore(), out));
        }));
    }

    private synchronized Ticker acquire(String key, int rate, int bytes) {
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

    private static Message text(String type, long seq, String pad) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", type);
        node.put("seq", seq);
        node.put("at", System.currentTimeMillis());
        if (!pad.isEmpty()) {
            node.put("pad", pad);
        }
        return Json.streamMessage(node);
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
