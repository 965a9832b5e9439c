package dev.involution.arena.metrics;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.Extension;
import akka.actor.typed.ExtensionId;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmCompilationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The arena's metrics, one set per actor system, exposed by {@code GET /metrics} in the
 * Prometheus text format. Anything in the server records through this facade:
 * {@code ArenaMetrics.get(system).ordersPlaced(1)}. Rates (orders and trades per second) are
 * computed by Prometheus from the counters, e.g. {@code rate(arena_orders_total[1m])}.
 */
public final class ArenaMetrics implements Extension {

    private static final double[] LATENCY_BUCKETS_SECONDS = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5
    };

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private volatile Supplier<Map<String, ? extends Number>> matchesByStatus = Map::of;
    private volatile Optional<JournalFile> journalFile = Optional.empty();

    /** What the gauges of the journal's H2 file read at each scrape: its size and its live share. */
    public record JournalFile(LongSupplier bytes, IntSupplier livePercent) {
    }

    private final Counter orders = Counter.builder()
            .name("arena_orders_total")
            .help("Orders accepted by matches")
            .register(registry);
    private final Counter trades = Counter.builder()
            .name("arena_trades_total")
            .help("Trades executed in matches")
            .register(registry);
    private final Histogram persistLatency = Histogram.builder()
            .name("arena_persist_latency_seconds")
            .help("Time from asking the journal to write events until the write is acknowledged")
            .unit(Unit.SECONDS)
            .labelNames("entity")
            .classicOnly()
            .classicUpperBounds(LATENCY_BUCKETS_SECONDS)
            .register(registry);
    private final Gauge webSockets = Gauge.builder()
            .name("arena_websocket_connections")
            .help("Open WebSocket connections")
            .register(registry);
    private final Counter streamResyncs = Counter.builder()
            .name("arena_stream_resyncs_total")
            .help("Stream subscribers that fell too far behind: their queued events were dropped for a resync")
            .labelNames("stream")
            .register(registry);
    private final Counter streamMessages = Counter.builder()
            .name("arena_stream_messages_total")
            .help("Stream messages handed to subscribers' sockets")
            .labelNames("stream")
            // Counted for every message to every subscriber: no exemplar sampling on that path.
            .withoutExemplars()
            .register(registry);
    private final Counter httpRequests = Counter.builder()
            .name("arena_http_requests_total")
            .help("HTTP responses sent, by status code")
            .labelNames("code")
            .register(registry);

    private ArenaMetrics() {
        // The JVM's threads (jvm_threads_current, jvm_threads_peak, jvm_threads_started_total),
        // memory (jvm_memory_used_bytes{area="heap"}) and JIT compiling (jvm_compilation_time_seconds_total),
        // so that a load test can read them off /metrics (and measure once the compilers have settled).
        JvmThreadsMetrics.builder().register(registry);
        JvmMemoryMetrics.builder().register(registry);
        JvmCompilationMetrics.builder().register(registry);
        GaugeWithCallback.builder()
                .name("arena_matches")
                .help("Matches by lifecycle status")
                .labelNames("status")
                .callback(callback -> matchesByStatus.get()
                        .forEach((status, count) -> callback.call(count.doubleValue(), status)))
                .register(registry);
        GaugeWithCallback.builder()
                .name("arena_journal_file_bytes")
                .help("Size of the H2 journal's file (absent when the journal is on PostgreSQL)")
                .unit(Unit.BYTES)
                .callback(callback -> journalFile.ifPresent(f -> callback.call(f.bytes().getAsLong())))
                .register(registry);
        GaugeWithCallback.builder()
                .name("arena_journal_file_live_percent")
                .help("Share of the H2 journal file's chunk data that is live, in percent (housekeeping keeps it"
                        + " near its target)")
                .callback(callback -> journalFile.ifPresent(f -> callback.call(f.livePercent().getAsInt())))
                .register(registry);
    }

    /** The metrics of this actor system. */
    public static ArenaMetrics get(ActorSystem<?> system) {
        return Id.INSTANCE.apply(system);
    }

    /**
     * Where the {@code arena_matches{status}} gauge reads its values at each scrape: a map from
     * status name (e.g. {@code RUNNING}) to the number of matches in it. Called on the scrape
     * thread, so the supplier must be cheap and thread-safe.
     */
    public void matchesByStatus(Supplier<Map<String, ? extends Number>> supplier) {
        this.matchesByStatus = Objects.requireNonNull(supplier);
    }

    /** Reports the H2 journal's file in the {@code arena_journal_file_*} gauges from now on. */
    public void journalFile(JournalFile file) {
        this.journalFile = Optional.of(file);
    }

    public void ordersPlaced(long count) {
        orders.inc(count);
    }

    public void tradesExecuted(long count) {
        trades.inc(count);
    }

    /** Records how long one journal write of {@code entity} (e.g. "match") took. */
    public void persisted(String entity, Duration latency) {
        persistLatency.labelValues(entity).observe(latency.toNanos() / 1e9);
    }

    public void webSocketOpened() {
        webSockets.inc();
    }

    public void webSocketClosed() {
        webSockets.dec();
    }

    /** A subscriber of {@code stream} (e.g. "match") fell behind and was sent a resync. */
    public void streamResync(String stream) {
        streamResyncs.labelValues(stream).inc();
    }

    /** {@code count} messages of {@code stream} were handed to a subscriber's socket. */
    /**
     * Counts one message of {@code stream} each time it runs: the counter looked up once, for a
     * path that counts every message to every subscriber.
     */
    public Runnable streamMessageSent(String stream) {
        CounterDataPoint messages = streamMessages.labelValues(stream);
        return messages::inc;
    }

    public void httpResponse(int status) {
        httpRequests.labelValues(Integer.toString(status)).inc();
    }

    /** Content type of {@link #scrape()}: the Prometheus text exposition format 0.0.4. */
    public String contentType() {
        return writer.getContentType();
    }

    /** Every metric in the Prometheus text exposition format. */
    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class Id extends ExtensionId<ArenaMetrics> {
        private static final Id INSTANCE = new Id();

        @Override
        public ArenaMetrics createExtension(ActorSystem<?> system) {
            return new ArenaMetrics();
        }
    }
}
