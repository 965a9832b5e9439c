package dev.involution.arena.cluster;

import dev.involution.arena.testkit.LoopbackCluster;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.OrderFlow;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.involution.arena.testkit.Eventually.holds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node frozen with {@code kill -STOP} for longer than the split brain resolver's {@code stable-after}
 * (7 s): the other two keep the majority, down it and go on taking orders (a match it hosted moves to
 * them); thawed with {@code kill -CONT}, it learns it was removed and exits with status 1 instead of
 * rejoining with stale state; started again, it rejoins and serves.
 */
class FrozenNodeIT {

    @TempDir
    Path work;

    @Test
    void aFrozenNodeIsDownedTheRestGoOnAndThawedItExits() throws Exception {
        try (LoopbackCluster cluster = LoopbackCluster.start(3, work, Map.of("ARENA_DEMO", "false"))) {
            MatchClient api = new MatchClient(cluster.proxyUri(""));
            String matchId = api.createMatch(LoopbackCluster.ADMIN, "{\"roundMillis\":600000,\"seats\":8}");
            List<OrderFlow.Seat> seats = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                RunningArena.Registered player = api.register("Trader " + p);
                seats.add(new OrderFlow.Seat(player.token(), api.join(player.token(), matchId)));
            }
            api.control(LoopbackCluster.ADMIN, matchId, "start");
            LoopbackCluster.Node frozen = cluster.node(2);
            List<LoopbackCluster.Node> survivors = List.of(cluster.node(1), cluster.node(3));

            try (OrderFlow flow = new OrderFlow(api, matchId, seats, "frozen")) {
                assertThat(flow.awaitMore(100, 60)).isTrue();
                frozen.signal("STOP");
                // The decision is the leader's, and which survivor leads depends on the (random) ports.
                assertThat(holds(Duration.ofSeconds(60), () -> survivors.stream().anyMatch(node ->
                        log(node).contains("SBR took decision DownUnreachable") && log(node).contains(frozen.address()))))
                        .as("the majority downs the frozen node").isTrue();
                assertThat(flow.awaitMore(100, 90)).as("the rest go on taking orders").isTrue();

                frozen.signal("CONT");
                assertThat(frozen.waitFor(Duration.ofSeconds(60))).as("thawed, the downed node exits").isTrue();
                assertThat(frozen.process().exitValue()).isEqualTo(1);
                assertThat(log(frozen)).contains("removed from its cluster");
                assertThat(flow.awaitMore(50, 60)).isTrue();
            }

            frozen.start();
            frozen.awaitReady();
            assertThat(new MatchClient(frozen.uri("")).seq(matchId)).as("the restarted node serves the match")
                    .isPositive();
        }
    }

    private static String log(LoopbackCluster.Node node) {
        try {
            return Files.readString(node.log());
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
