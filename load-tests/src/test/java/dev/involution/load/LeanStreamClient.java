package dev.involution.load;

import static dev.involution.load.SpectatorSimulation.BYTES;
import static dev.involution.load.SpectatorSimulation.DURATION;
import static dev.involution.load.SpectatorSimulation.EVENTS_PER_SECOND;
import static dev.involution.load.SpectatorSimulation.MAX_LAG_P99_MILLIS;
import static dev.involution.load.SpectatorSimulation.NOOP;
import static dev.involution.load.SpectatorSimulation.RAMP_UP;
import static dev.involution.load.SpectatorSimulation.ROUND_MILLIS;
import static dev.involution.load.SpectatorSimulation.SETTLE;
import static dev.involution.load.SpectatorSimulation.SUBSCRIBERS;
import static dev.involution.load.SpectatorSimulation.TRADERS;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A lean measuring client for the streams, where Gatling's own cost is the limit (thousands of
 * sockets on one core): N WebSocket subscribers on one Netty event-loop thread (epoll where it loads), opened evenly over
 * {@code rampUp}, each message's lag measured from its {@code at} to its arrival (as
 * {@link StreamLag} does) over {@code duration}, from when the arena's JIT compilers have settled
 * after the ramp-up ({@link CompilersSettled}: {@code -DjitSettled} percent of one core, 2 by
 * default, 0 to start at once; at most {@code -DjitWaitMax} s, 120), {@code seq} followed for gaps. Against a match ({@code -Dtarget=match},
 * the default) it first starts one with {@link PacedTraders} placing {@code eventsPerSecond} orders
 * a second into it, by the clock; {@code -Dtarget=noop} reads the no-op stream instead.
 *
 * <pre>
 * load-tests/run.sh SpectatorSimulation --client=lean -Dsubscribers=5000 -DrampUp=43 -Dduration=30 ...
 * </pre>
 *
 * It prints its summary in the form of {@code load-tests/summary.py} (lines {@code stream connect},
 * {@code stream gap}, {@code stream lag}: requests, failed, per s, p50, p95, p99, max, mean) and
 * exits non-zero when a connect failed, a message was missed, or the lag's p99 exceeds
 * {@code maxLagP99} (when set).
 */
public final class LeanStreamClient {
    // Its parameters are SpectatorSimulation's (the same system properties, the same defaults).
    /** How long a connect and its handshake may take (Gatling's default connect and request timeouts). */
    static final long HANDSHAKE_TIMEOUT_MILLIS = 60_000;
    /** How long a subscriber waits for its snapshot after the handshake (SpectatorSimulation's 10 s). */
    static final long SNAPSHOT_TIMEOUT_MILLIS = 10_000;
    /** Each socket read's buffer (pooled, released once its messages are decoded). */
    static final int READ_BUFFER_BYTES = 16 * 1024;
    /** The compilers' share of one core, in percent, under which the measuring starts (0: at once). */
    static final double JIT_SETTLED_PERCENT = Settings.decimal("jitSettled", 2);
    /** The longest wait for the compilers after the ramp-up. */
    static final Duration JIT_WAIT_MAX = Settings.seconds("jitWaitMax", 120);
    /** How many of the slowest events the summary names, to be found in the arena's logs. */
    static final int SLOWEST_SHOWN = 8;
    /** The longest cycle of sizes the no-op stream takes. */
    static final int MAX_CYCLE = 1_000;

    private final LagRecord lag = new LagRecord();
    /** The same lag per message type ({@code type}), to tell which messages make the tail. */
    private final Map<String, LagRecord> lagByType = new TreeMap<>();
    /** Per event ({@code seq}) in the measured window: its type, and the lag of its first and of its last arrival. */
    private final Map<Long, EventArrivals> arrivals = new HashMap<>();
    /** Per message type: the UTF-8 bytes of its messages whose lag is recorded. */
    private final Map<String, Long> bytesByType = new TreeMap<>();
    private final LagRecord connects = new LagRecord();
    private int connectsFailed;
    private int closedEarly;
    private long gaps;
    private long resyncs;
    /** Over the measured window, summed over the subscribers: events seen and milliseconds between their timestamps. */
    private long eventSpan;
    private long eventMillis;
    /** The UTF-8 bytes of the messages whose lag is recorded, for their mean size. */
    private long lagBytes;
    private volatile long measureFrom;
    private volatile long measureUntil;

    /** One event's arrivals over all subscribers: the first shows when the server began sending it, the last when it ended. */
    private static final class EventArrivals {
        final String type;
        final long at;
        long first = Long.MAX_VALUE;
        long last;

        EventArrivals(String type, long at) {
            this.type = type;
            this.at = at;
        }
    }

    public static void main(String[] args) throws Exception {
        System.exit(new LeanStreamClient().run());
    }

    private int run() throws Exception {
        ArenaAdmin admin = new ArenaAdmin(Settings.baseUrl(), Settings.adminToken());
        String path = "/api/noop/stream?rate=" + Math.round(EVENTS_PER_SECOND) + "&bytes=" + BYTES;
        PacedTraders traders = null;
        if (!NOOP) {
            ArenaAdmin.checkSeats(TRADERS + ArenaAdmin.ANCHORS);
            String matchId = admin.runningMatches(1, BotApiSimulation.matchConfig("spectators",
                    TRADERS + ArenaAdmin.ANCHORS, ROUND_MILLIS)).get(0);
            path = "/api/matches/" + matchId + "/stream";
            traders = new PacedTraders(admin, matchId, TRADERS, EVENTS_PER_SECOND);
        }
        URI uri = URI.create(Settings.streamBaseUrl() + path);
        long start = System.currentTimeMillis();
        measureFrom = Long.MAX_VALUE;
        measureUntil = Long.MAX_VALUE;
        System.out.printf(Locale.ROOT, "lean client: %,d subscribers to %s over %d s, then %d s measured"
                        + " (once the arena's compilers took under %s%% of a core for %d s, at most %d s later)%n",
                SUBSCRIBERS, uri, RAMP_UP.toSeconds(), DURATION.toSeconds(), JIT_SETTLED_PERCENT,
                CompilersSettled.WINDOW.toSeconds(), JIT_WAIT_MAX.toSeconds());

        // Through epoll where Netty's native transport loads (as the arena's stream edge): Java's
        // NIO selector costs the client more per read, and the client shares the machine.
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(1,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        System.out.println("client transport: " + (epoll ? "epoll" : "NIO"));
        List<Subscriber> subscribers = new ArrayList<>();
        try {
            Bootstrap bootstrap = new Bootstrap().group(loop)
                    .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) HANDSHAKE_TIMEOUT_MILLIS)
                    .option(ChannelOption.TCP_NODELAY, true)
                    // One read takes a whole message: a round's settlement (3 KB) after many orders
                    // (170 bytes) would otherwise take several reads, the adaptive buffer having shrunk.
                    .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(READ_BUFFER_BYTES));
            long rampNanos = RAMP_UP.toNanos();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                Subscriber subscriber = new Subscriber();
                subscribers.add(subscriber);
                long delay = SUBSCRIBERS == 1 ? 0 : rampNanos * i / SUBSCRIBERS;
                loop.schedule(() -> subscriber.open(bootstrap, uri), delay, TimeUnit.NANOSECONDS);
            }
            Thread.sleep(Math.max(0, start + RAMP_UP.plus(SETTLE).toMillis() - System.currentTimeMillis()));
            System.out.println(new CompilersSettled(admin::compilationSeconds, JIT_SETTLED_PERCENT, JIT_WAIT_MAX).await());
            long from = System.currentTimeMillis();
            measureUntil = from + DURATION.toMillis();
            measureFrom = from;
            Thread.sleep(DURATION.toMillis() + 1_000);
            loop.submit(() -> subscribers.forEach(Subscriber::end)).get();
        } finally {
            if (traders != null) {
                traders.stop();
            }
            loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            if (!NOOP) {
                admin.stopAll();
            }
        }
        return summary(traders);
    }

    /**
     * The stream's mix of messages as a no-op stream's cycle of sizes ({@code bytes=}): each type's
     * mean size, repeated as many times as it came for each time the rarest type came, the most
     * frequent first ({@code 170*20,3042,397} for a match whose rounds carry twenty orders); "-"
     * when none was recorded or the cycle would be longer than the no-op stream takes.
     */
    private String sizeCycle() {
        long rarest = lagByType.values().stream().mapToLong(LagRecord::count).filter(c -> c > 0).min().orElse(0);
        if (rarest == 0) {
            return "-";
        }
        List<String> items = new ArrayList<>();
        long total = 0;
        List<Map.Entry<String, LagRecord>> byCount = new ArrayList<>(lagByType.entrySet());
        byCount.sort((a, b) -> Long.compare(b.getValue().count(), a.getValue().count()));
        for (Map.Entry<String, LagRecord> e : byCount) {
            long bytes = Math.round(bytesByType.get(e.getKey()) / (double) e.getValue().count());
            long times = Math.max(1, Math.round(e.getValue().count() / (double) rarest));
            total += times;
            items.add(times == 1 ? Long.toString(bytes) : bytes + "*" + times);
        }
        return total > MAX_CYCLE ? "-" : String.join(",", items);
    }

    /** A message's {@code type} (its first such field), or "?" without one. */
    static String typeOf(CharSequence text) {
        String key = "\"type\":\"";
        for (int at = 0; at + key.length() <= text.length(); at++) {
            if (StreamLag.startsWith(text, key, at)) {
                int from = at + key.length();
                for (int to = from; to < text.length(); to++) {
                    if (text.charAt(to) == '"') {
                        return text.subSequence(from, to).toString();
                    }
                }
                return "?";
            }
        }
        return "?";
    }

    private int summary(PacedTraders traders) {
        long seconds = DURATION.toSeconds();
        System.out.printf(Locale.ROOT, "   %-15s%10s%10s%10s%10s%10s%10s%10s%10s%n", "request", "requests", "failed",
                "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms");
        row("stream connect", connects, SUBSCRIBERS, connectsFailed, RAMP_UP.toSeconds());
        row("stream gap", new LagRecord(), gaps + closedEarly, gaps + closedEarly, seconds);
        row("stream lag", lag, lag.count(), 0, seconds);
        lagByType.forEach((type, record) -> row("  " + type, record, record.count(), 0, seconds));
        Map<String, LagRecord> firsts = new TreeMap<>();
        Map<String, LagRecord> lasts = new TreeMap<>();
        arrivals.values().forEach(a -> {
            firsts.computeIfAbsent(a.type, t -> new LagRecord()).add(a.first);
            lasts.computeIfAbsent(a.type, t -> new LagRecord()).add(a.last);
        });
        firsts.forEach((type, record) -> row("  first " + type, record, record.count(), 0, seconds));
        lasts.forEach((type, record) -> row("  last " + type, record, record.count(), 0, seconds));
        System.out.println("slowest events (seq, type, written at UTC, first and last arrival in ms after it):");
        arrivals.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().last, a.getValue().last))
                .limit(SLOWEST_SHOWN)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %d %s %s %d %d%n", e.getKey(), e.getValue().type,
                        Instant.ofEpochMilli(e.getValue().at), e.getValue().first, e.getValue().last));
        System.out.printf(Locale.ROOT, "stream lag recorded for %,d messages: %.1f per subscriber per second%n",
                lag.count(), lag.count() / (double) SUBSCRIBERS / seconds);
        System.out.printf(Locale.ROOT, "message size: %.0f bytes on average%n",
                lagBytes / (double) Math.max(1, lag.count()));
        bytesByType.forEach((type, bytes) -> System.out.printf(Locale.ROOT, "  %s: %.0f bytes on average%n",
                type, bytes / (double) Math.max(1, lagByType.get(type).count())));
        System.out.printf(Locale.ROOT, "size cycle: %s%n", sizeCycle());
        System.out.printf(Locale.ROOT, "connects failed: %d; closed before the end: %d; gaps: %d; resyncs: %d%n",
                connectsFailed, closedEarly, gaps, resyncs);
        System.out.printf(Locale.ROOT, "events written: %.2f a second (seq numbers over the time between their timestamps)%n",
                eventMillis == 0 ? 0 : eventSpan * 1_000.0 / eventMillis);
        boolean ok = connectsFailed == 0 && closedEarly == 0 && gaps == 0;
        if (traders != null) {
            ok &= traders.report(System.out);
        }
        if (MAX_LAG_P99_MILLIS > 0 && lag.percentile(99) > MAX_LAG_P99_MILLIS) {
            System.out.printf(Locale.ROOT, "lag p99 %d ms is above %d ms%n", lag.percentile(99), MAX_LAG_P99_MILLIS);
            ok = false;
        }
        return ok ? 0 : 1;
    }

    private static void row(String name, LagRecord record, long requests, long failed, long seconds) {
        System.out.printf(Locale.ROOT, "   %-15s%10d%10d%10.1f%10d%10d%10d%10d%10d%n", name, requests, failed,
                requests / (double) Math.max(1, seconds), record.percentile(50), record.percentile(95),
                record.percentile(99), record.max(), record.mean());
    }

    /** One socket; everything about it runs on the event loop's thread, as do the counters it updates. */
    private final class Subscriber extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private Channel channel;
        private long openedAt;
        private long lastSeq = -1;
        private long windowSeq = -1;
        private long windowAt;
        private boolean snapshot;
        private boolean failed;
        private boolean ended;

        void open(Bootstrap bootstrap, URI uri) {
            openedAt = System.currentTimeMillis();
            Subscriber handler = this;
            ChannelFuture connect = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65_536),
                            new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                                    .webSocketUri(uri).generateOriginHeader(false)
                                    .handshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MILLIS)
                                    .maxFramePayloadLength(1 << 20)
                                    // Checking every byte of a 3 KB settlement for valid UTF-8 made
                                    // the client, not the server, the limit at 5,000 subscribers.
                                    .withUTF8Validator(false).build()),
                            new WebSocketFrameAggregator(1 << 20), handler);
                }
            }).connect(uri.getHost(), uri.getPort());
            channel = connect.channel();
            connect.addListener(f -> {
                if (!f.isSuccess()) {
                    fail();
                }
            });
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                ctx.executor().schedule(() -> {
                    if (!snapshot) {
                        fail();
                        ctx.close();
                    }
                }, SNAPSHOT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            }
            ctx.fireUserEventTriggered(event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            long arrival = System.currentTimeMillis();
            FrameBytes text = new FrameBytes(frame.content());
            long[] seqAndAt = StreamLag.seqAndAt(text);
            long seq = seqAndAt[0];
            if (!snapshot) {
                snapshot = true;
                connects.add(arrival - openedAt);
                lastSeq = seq;
                return;
            }
            if (seq >= 0) {
                if (lastSeq >= 0 && seq != lastSeq + 1) {
                    gaps++;
                }
                lastSeq = Math.max(lastSeq, seq);
            } else if (text.toString().contains("\"resync\"")) {
                resyncs++;
            }
            long at = seqAndAt[1];
            if (at > 0 && arrival >= measureFrom && arrival < measureUntil) {
                long late = Math.max(0, arrival - at);
                long bytes = frame.content().readableBytes();
                String type = typeOf(text);
                lag.add(late);
                lagByType.computeIfAbsent(type, t -> new LagRecord()).add(late);
                bytesByType.merge(type, bytes, Long::sum);
                if (seq > 0) {
                    EventArrivals event = arrivals.computeIfAbsent(seq, s -> new EventArrivals(type, at));
                    event.first = Math.min(event.first, late);
                    event.last = Math.max(event.last, late);
                }
                lagBytes += bytes;
                if (seq > 0 && windowSeq < 0) {
                    windowSeq = seq;
                    windowAt = at;
                } else if (seq > 0) {
                    // Counted as the window grows: this subscriber's last event so far, less its first.
                    eventSpan += seq - windowSeq;
                    eventMillis += at - windowAt;
                    windowSeq = seq;
                    windowAt = at;
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (snapshot && !ended && !failed) {
                closedEarly++;
                failed = true;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!snapshot) {
                fail();
            }
            ctx.close();
        }

        void fail() {
            if (!failed && !snapshot) {
                failed = true;
                connectsFailed++;
            }
        }

        void end() {
            ended = true;
            if (channel != null) {
                channel.close();
            }
        }
    }
}
