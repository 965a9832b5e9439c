package dev.involution.arena.metrics;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArenaMetricsTest {

    private static final ActorTestKit testKit =
            ActorTestKit.create(ConfigFactory.parseString("akka.actor.provider = local"));

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    @Test
    void exposesEveryMetricInPrometheusText() {
        ArenaMetrics metrics = ArenaMetrics.get(testKit.system());
        metrics.matchesByStatus(() -> Map.of("RUNNING", 2, "OPEN", 1));
        metrics.ordersPlaced(5);
        metrics.tradesExecuted(3);
        metrics.persisted("match", Duration.ofMillis(3));
        metrics.webSocketOpened();
        metrics.webSocketOpened();
        metrics.webSocketClosed();
        metrics.httpResponse(201);
        metrics.streamResync("match");
        Runnable sent = metrics.streamMessageSent("match");
        for (int i = 0; i < 7; i++) {
            sent.run();
        }
        metrics.journalFile(new ArenaMetrics.JournalFile(() -> 123_456, () -> 42));

        String text = new String(metrics.scrape(), StandardCharsets.UTF_8);

        assertThat(text)
                .contains("arena_matches{status=\"RUNNING\"} 2.0")
                .contains("arena_matches{status=\"OPEN\"} 1.0")
                .contains("arena_orders_total 5.0")
                .contains("arena_trades_total 3.0")
                .contains("arena_persist_latency_seconds_bucket{entity=\"match\",le=\"0.005\"} 1")
                .contains("arena_persist_latency_seconds_count{entity=\"match\"} 1")
                .contains("arena_websocket_connections 1.0")
                .contains("arena_http_requests_total{code=\"201\"} 1.0")
                .contains("arena_stream_resyncs_total{stream=\"match\"} 1.0")
                .contains("arena_stream_messages_total{stream=\"match\"} 7.0")
                .contains("arena_journal_file_bytes 123456.0")
                .contains("arena_journal_file_live_percent 42.0")
                .containsPattern("jvm_threads_current [1-9]")
                .containsPattern("jvm_threads_peak [1-9]")
                .contains("jvm_threads_started_total")
                .containsPattern("jvm_memory_used_bytes\\{area=\"heap\"} [1-9]")
                .containsPattern("jvm_compilation_time_seconds_total [0-9]");
        assertThat(metrics.contentType()).startsWith("text/plain").contains("version=0.0.4");
    }

    @Test
    void isOnePerActorSystem() {
        assertThat(ArenaMetrics.get(testKit.system())).isSameAs(ArenaMetrics.get(testKit.system()));
    }
}
