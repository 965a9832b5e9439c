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
import java.util.stream.IntStream;

import static dev.involution.arena.testkit.Eventually.holds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * All three nodes restarted one at a time with SIGTERM while bots bid through HAProxy: each leaving
 * node answers {@code /ready} with 503 before its port closes, closes its WebSockets with 1001 and
 * exits; no acknowledged order is lost or doubled, spectators that reconnect with {@code from} as
 * docs/API.md tells clients to get every seq once and in order, and every failed request is counted
 * by its answer (printed, with each spectator's connections).
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
                    if (!flow.awaitMore(100, 90)) {
                        throw new AssertionError("orders did not flow after node %d came back; answers %s; logs in %s"
                                .formatted(node.index(), flow.answers(), cluster.keepLogs("RollingRestartIT")));
                    }
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
                // A connection that died without a word is noticed after SeqWatcher's silence (25 s).
                if (!holds(Duration.ofSeconds(60), () -> watcher.lastSeq() >= last)) {
                    throw new AssertionError("spectator %d did not catch up to %d: it got to %d; irregularities: %s; %s; %s; logs in %s"
                            .formatted(watchers.indexOf(watcher) + 1, last, watcher.lastSeq(), watcher.irregularities(),
                                    watcher.connectionHistory(), probe(cluster, api, matchId),
                                    cluster.keepLogs("RollingRestartIT")));
                }
                System.out.println("RollingRestartIT: spectator " + (watchers.indexOf(watcher) + 1) + ": "
                        + watcher.connectionHistory());
                watcher.close();
                watcher.assertEverySeqOnceInOrder();
            }
            flow.assertEveryAcknowledgedOrderOnce(api);
        }
    }

    /** What the journal holds (gaps in seq) and how far a new spectator on each node gets in 15 s. */
    private static String probe(LoopbackCluster cluster, MatchClient api, String matchId) throws InterruptedException {
        List<Long> seqs = api.events(matchId).stream().map(e -> e.get("seq").asLong()).toList();
        int firstGap = IntStream.range(0, seqs.size()).filter(i -> seqs.get(i) != i + 1).findFirst().orElse(-1);
        List<SeqWatcher> probes = cluster.nodes().stream()
                .map(node -> new SeqWatcher(node.uri(""), node.uri(""), matchId)).toList();
        Thread.sleep(15_000);
        String reached = probes.stream().map(p -> Long.toString(p.lastSeq())).toList().toString();
        probes.forEach(SeqWatcher::close);
        return "the journal holds " + seqs.size() + " events" + (firstGap < 0 ? " without gaps"
                : ", its index " + firstGap + " holds seq " + seqs.get(firstGap))
                + "; new spectators on nodes 1-3 reached " + reached;
    }
}
