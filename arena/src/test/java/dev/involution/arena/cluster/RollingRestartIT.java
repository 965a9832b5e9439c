package dev.involution.arena.cluster;

import dev.involution.arena.testkit.LoopbackCluster;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.OrderFlow;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.SeqWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.involution.arena.testkit.Eventually.holds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * All three nodes restarted one at a time with SIGTERM while bots bid through HAProxy: each leaving
 * node answers {@code /ready} with 503 before its port closes, closes its WebSockets with 1001 and
 * exits; no acknowledged order is lost or doubled, spectators that reconnect with {@code from} get
 * every seq (in order and once is not yet guaranteed: see below), and every failed request is counted
 * by its answer (printed).
 */
class RollingRestartIT {

    @TempDir
    Path work;

    @Test
    void restartingEveryNodeInTurnLosesNoAcknowledgedOrder() throws Exception {
        try (LoopbackCluster cluster = LoopbackCluster.start(3, work, Map.of("ARENA_DEMO", "false"))) {
            MatchClient api = new MatchClient(cluster.proxyUri(""));
            String matchId = api.createMatch(LoopbackCluster.ADMIN, "{\"roundMillis\":600000,\"seats\":8}");
            List<OrderFlow.Seat> seats = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                RunningArena.Registered player = api.register("Bot " + p);
                seats.add(new OrderFlow.Seat(player.token(), api.join(player.token(), matchId)));
            }
            api.control(LoopbackCluster.ADMIN, matchId, "start");
            List<SeqWatcher> watchers = new ArrayList<>();
            for (LoopbackCluster.Node node : cluster.nodes()) {
                watchers.add(new SeqWatcher(node.uri(""), cluster.proxyUri(""), matchId));
            }

            OrderFlow flow = new OrderFlow(api, matchId, seats, "rolling");
            try {
                assertThat(flow.awaitMore(100, 60)).isTrue();
                for (LoopbackCluster.Node node : cluster.nodes()) {
                    node.process().destroy();
                    assertThat(holds(Duration.ofSeconds(5), () -> LoopbackCluster.status(node.uri("/ready")) == 503))
                            .as("node %d answers /ready with 503 while it leaves", node.index()).isTrue();
                    assertThat(node.waitFor(Duration.ofSeconds(60))).as("node %d exits", node.index()).isTrue();
                    assertThat(node.process().exitValue()).isIn(0, 143);
                    node.start();
                    node.awaitReady();
                    assertThat(flow.awaitMore(100, 90)).as("orders flow after node %d came back", node.index()).isTrue();
                }
            } finally {
                flow.close();
            }
            System.out.println("RollingRestartIT: answers to orders during the rolling restart: " + flow.answers());
            assertThat(flow.answers().keySet()).as("every failure is a retryable answer")
                    .allMatch(answer -> answer.equals("201") || answer.endsWith("with Retry-After")
                            || answer.equals("connection lost"));

            assertThat(watchers.get(0).closeCodes()).as("the leaving node closed its WebSockets going away")
                    .contains(1001);
            long last = api.seq(matchId);
            for (SeqWatcher watcher : watchers) {
                assertThat(holds(() -> watcher.lastSeq() >= last)).as("a spectator caught up to %d: it got to %d; %s",
                        last, watcher.lastSeq(), watcher.irregularities()).isTrue();
                watcher.close();
                watcher.assertEverySeqOnceInOrder();
            }
            flow.assertEveryAcknowledgedOrderOnce(api);
        }
    }
}
