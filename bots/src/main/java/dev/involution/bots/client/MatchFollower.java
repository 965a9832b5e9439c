package dev.involution.bots.client;

import dev.involution.bots.api.Problem;
import dev.involution.bots.api.stream.MatchEvent;
import dev.involution.bots.api.stream.Snapshot;
import dev.involution.bots.api.stream.StreamMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows a match's WebSocket stream and hands every message to a {@link StreamListener}, in order,
 * each event exactly once, across lost connections.
 *
 * <ul>
 *   <li>It opens {@code /api/matches/{id}/stream} (a snapshot, then events) or
 *       {@code ...?from=N} (events from N).</li>
 *   <li>When the connection closes, fails, or brings nothing for {@link FollowOptions#idleTimeout()}
 *       (the arena sends a heartbeat every 10 s of quiet), it reconnects with
 *       {@code from = last delivered seq + 1}, waiting {@link FollowOptions#initialBackoff()},
 *       twice that after another failure, and so on.</li>
 *   <li>A {@link SequenceTracker} drops events already delivered and treats a jump in {@code seq}
 *       as a lost connection (reconnect from the first missing one), so no event is lost or
 *       delivered twice.</li>
 *   <li>Messages are read off the socket at once and delivered on the follower's own thread, so a
 *       slow listener does not stall the connection.</li>
 * </ul>
 * {@link #done()} completes when the follower stops: after {@code match-finished} (unless
 * {@link FollowOptions#stopAfterFinish()} is off), on {@link #close()}, or exceptionally when the
 * listener throws, the match does not exist, or reconnecting failed too often.
 */
public final class MatchFollower implements AutoCloseable {

    private sealed interface Item permits Text, Lost, Stop {
    }

    private record Text(int generation, String text) implements Item {
    }

    private record Lost(Throwable cause) implements Item {
    }

    private record Stop() implements Item {
    }

    private final HttpClient http;
    private final URI uri;
    private final String token;
    private final FollowOptions options;
    private final StreamListener listener;
    private final SequenceTracker tracker;
    private final BlockingQueue<Item> inbox = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService scheduler;
    private final Thread delivery;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();

    private final Object lock = new Object();
    private int generation;
    private WebSocket socket;
    private int failures;
    private boolean closed;
    private volatile long lastHeardNanos;

    MatchFollower(HttpClient http, URI uri, String token, long fromSeq, FollowOptions options, StreamListener listener) {
        this.http = http;
        this.uri = uri;
        this.token = token;
        this.options = options;
        this.listener = listener;
        this.tracker = fromSeq > 0 ? SequenceTracker.startingAt(fromSeq) : SequenceTracker.fromSnapshot();
        String name = "arena-stream " + uri.getPath();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + " connector"));
        this.delivery = daemon(this::deliverLoop, name + " delivery");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void start() {
        delivery.start();
        scheduler.execute(this::connect);
        long period = Math.max(10, options.idleTimeout().toMillis() / 4);
        scheduler.scheduleWithFixedDelay(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
    }

    /** Completes when the follower has stopped (see the class comment). */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** The sequence number of the last event delivered (or of the snapshot), 0 before any. */
    public long lastSeq() {
        return tracker.last();
    }

    /** How many times a connection was opened again after the first. */
    public long reconnects() {
        return Math.max(0, connections.get() - 1);
    }

    /** Events received again after a reconnection and dropped because they had been delivered. */
    public long duplicatesDropped() {
        return tracker.duplicates();
    }

    /** Messages delivered to the listener (events, the snapshot and heartbeats). */
    public long delivered() {
        return delivered.get();
    }

    /**
     * Drops the current connection at once, as a network failure would; the follower reconnects
     * and resyncs as it does after any failure. For tests and for clients that suspect a stale
     * connection. Returns false if there was no open connection to drop.
     */
    public boolean dropConnection() {
        int gen;
        synchronized (lock) {
            if (closed || socket == null) {
                return false;
            }
            gen = generation;
        }
        lost(gen, new IOException("connection dropped by the client"));
        return true;
    }

    /** Stops following: closes the connection and completes {@link #done()}. Idempotent. */
    @Override
    public void close() {
        stop();
        done.complete(null);
    }

    private void stop() {
        WebSocket ws;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            generation++;
            ws = socket;
            socket = null;
        }
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").whenComplete((w, e) -> ws.abort());
        }
        scheduler.shutdownNow();
        inbox.add(new Stop());
    }

    private void fail(Throwable cause) {
        stop();
        done.completeExceptionally(cause);
    }

    private void connect() {
        int gen;
        synchronized (lock) {
            if (closed) {
                return;
            }
            gen = ++generation;
        }
        URI target = tracker.hasBase() ? URI.create(uri + "?from=" + tracker.resumeFrom()) : uri;
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        builder.buildAsync(target, new Connection(gen)).whenComplete((ws, error) -> {
            if (error != null) {
                lost(gen, unwrap(error));
                return;
            }
            boolean current;
            synchronized (lock) {
                current = !closed && gen == generation;
                if (current) {
                    socket = ws;
                    lastHeardNanos = System.nanoTime();
                }
            }
            if (current) {
                connections.incrementAndGet();
            } else {
                ws.abort();
            }
        });
    }

    /** The connection of generation {@code gen} is gone: replace it, unless that already happened. */
    private void lost(int gen, Throwable cause) {
        WebSocket old;
        int failed;
        synchronized (lock) {
            if (closed || gen != generation) {
                return;
            }
            generation++;
            old = socket;
            socket = null;
            failed = ++failures;
        }
        if (old != null) {
            old.abort();
        }
        if (cause instanceof WebSocketHandshakeException h && permanent(h.getResponse().statusCode())) {
            Object body = h.getResponse().body();
            fail(new ArenaException("GET", uri.getPath(), Problem.from(h.getResponse().statusCode(),
                    body instanceof String s ? s : null), null));
            return;
        }
        if (options.maxFailures() > 0 && failed >= options.maxFailures()) {
            fail(new ArenaTransportException("the stream " + uri.getPath() + " failed " + failed
                    + " times in a row; last: " + cause, cause instanceof IOException io ? io : new IOException(cause)));
            return;
        }
        inbox.add(new Lost(cause));
        try {
            scheduler.schedule(this::connect, options.backoff(failed).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // closed meanwhile
        }
    }

    private static boolean permanent(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private void checkIdle() {
        int gen;
        synchronized (lock) {
            if (closed || socket == null) {
                return;
            }
            if (System.nanoTime() - lastHeardNanos <= options.idleTimeout().toNanos()) {
                return;
            }
            gen = generation;
        }
        lost(gen, new TimeoutException("no message (not even a heartbeat) for " + options.idleTimeout()));
    }

    private boolean current(int gen) {
        synchronized (lock) {
            return !closed && gen == generation;
        }
    }

    private void heard(int gen) {
        synchronized (lock) {
            if (gen == generation) {
                lastHeardNanos = System.nanoTime();
                failures = 0;
            }
        }
    }

    private void deliverLoop() {
        try {
            while (true) {
                Item item = inbox.take();
                if (item instanceof Stop) {
                    return;
                }
                if (item instanceof Lost l) {
                    listener.onDisconnected(l.cause());
                    continue;
                }
                Text text = (Text) item;
                if (!current(text.generation())) {
                    continue;
                }
                StreamMessage message = StreamMessage.parse(text.text());
                if (message instanceof Snapshot s && !tracker.snapshot(s.seq())) {
                    continue;
                }
                if (message instanceof MatchEvent e) {
                    SequenceTracker.Verdict verdict = tracker.offer(e.seq());
                    if (verdict == SequenceTracker.Verdict.DUPLICATE) {
                        continue;
                    }
                    if (verdict == SequenceTracker.Verdict.GAP) {
                        lost(text.generation(), new IOException("expected event " + tracker.resumeFrom()
                                + " but got " + e.seq() + "; resyncing"));
                        continue;
                    }
                }
                delivered.incrementAndGet();
                listener.onMessage(message);
                if (message instanceof MatchEvent e && e.is(MatchEvent.MATCH_FINISHED) && options.stopAfterFinish()) {
                    close();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (Exception | Error e) {
            fail(e);
        }
    }

    /** One WebSocket connection; everything it hears is tagged with its generation. */
    private final class Connection implements WebSocket.Listener {
        private final int gen;
        private final StringBuilder partial = new StringBuilder();

        Connection(int gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                inbox.add(new Text(gen, partial.toString()));
                partial.setLength(0);
                heard(gen);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            heard(gen);
            return WebSocket.Listener.super.onPing(webSocket, message);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost(gen, new IOException("the server closed the stream: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(gen, error);
        }
    }
}
