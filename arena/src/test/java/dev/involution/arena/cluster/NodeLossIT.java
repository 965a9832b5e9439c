package dev.involution.arena.cluster;

import dev.involution.arena.testkit.LoopbackCluster;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.OrderFlow;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.SeqWatcher;
import dev.involution.arena.testkit.TournamentClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.involution.arena.testkit.Eventually.holds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three arena processes on PostgreSQL behind HAProxy; bots bid into a running match through HAProxy,
 * spectators watch it on every node, and a live tournament of house bots plays. {@code kill -9} of the node hosting the match: the match
 * answers again from a surviving node (the time is printed), every acknowledged order is in its
 * journal once, and the spectators on the surviving nodes, and the one on the killed node after
 * reconnecting through HAProxy with {@code from} (to a surviving node's stream edge), see every seq
 * once, in order; the tournament
 * finishes with every match played and counted once.
 */
class NodeLossIT {

    @TempDir
    Path work;

    @Test
    void aMatchOutlivesTheNodeThatHostedIt() throws Exception {
        try (LoopbackCluster cluster = LoopbackCluster.start(3, work, Map.of("ARENA_DEMO", "false"))) {
            MatchClient api = new MatchClient(cluster.proxyUri(""));
            // one long round: a retry is recognised by its client order id within the round it was
            // sent in (and the next), so every order can be sent again at the end
            String matchId = api.createMatch(LoopbackCluster.ADMIN, "{\"roundMillis\":600000,\"seats\":8}");
            List<OrderFlow.Seat> seats = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                RunningArena.Registered player = api.register("Bidder " + p);
                seats.add(new OrderFlow.Seat(player.token(), api.join(player.token(), matchId)));
            }
            api.control(LoopbackCluster.ADMIN, matchId, "start");
            TournamentClient tournaments = new TournamentClient(api);
            String cupId = tournaments.create(LoopbackCluster.ADMIN, "{\"name\":\"Node loss cup\",\"rounds\":3,"
                    + "\"seatsPerMatch\":3,\"parallelMatches\":2,\"startDelayMillis\":500,\"houseBots\":[\"cost-plus\","
                    + "\"undercutter\",\"subsidizer\",\"innovator\",\"tit-for-tat\",\"random\"],"
                    + "\"match\":{\"rounds\":6,\"roundMillis\":500}}");
            tournaments.control(LoopbackCluster.ADMIN, cupId, "start");

            List<SeqWatcher> watchers = new ArrayList<>();
            for (LoopbackCluster.Node node : cluster.nodes()) {
                watchers.add(new SeqWatcher(node.uri(""), cluster.proxyUri(""), matchId));
            }
            OrderFlow flow = new OrderFlow(api, matchId, seats, "loss");
            try {
                assertThat(flow.awaitMore(300, 60)).as("orders flow through HAProxy").isTrue();
                LoopbackCluster.Node host = cluster.hostOfOrders();

                long killedAt = System.nanoTime();
                host.kill();
                long answeredAt = flow.firstAcknowledgedAfter(killedAt, 90);
                assertThat(answeredAt).as("the match takes orders again on a surviving node").isPositive();
                System.out.printf("NodeLossIT: node %d (host of the match) killed; the first order acknowledged "
                        + "after %.1f s%n", host.index(), (answeredAt - killedAt) / 1e9);
                assertThat(flow.awaitMore(300, 60)).isTrue();
                assertThat(cluster.hostOfOrders()).isNotSameAs(host);
            } finally {
                flow.close();
            }
            System.out.println("NodeLossIT: answers to orders during the run: " + flow.answers());

            // HAProxy sends the match and tournament streams to the nodes' stream edges (cluster/haproxy.cfg): a request
            // that is no handshake gets the stream edge's own answer.
            HttpResponse<String> noHandshake = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(cluster.proxyUri("/api/matches/" + matchId + "/stream")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(noHandshake.statusCode()).isEqualTo(400);
            assertThat(noHandshake.body()).contains("send a WebSocket handshake");
            HttpResponse<String> cupNoHandshake = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(cluster.proxyUri("/api/tournaments/" + cupId + "/stream")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cupNoHandshake.statusCode()).isEqualTo(400);
            assertThat(cupNoHandshake.body()).contains("send a WebSocket handshake");

            long last = api.seq(matchId);
            for (SeqWatcher watcher : watchers) {
                assertThat(holds(() -> watcher.lastSeq() >= last)).as("a spectator caught up to %d", last).isTrue();
                watcher.close();
                watcher.assertEverySeqOnceInOrder();
            }
            flow.assertEveryAcknowledgedOrderOnce(api);

            JsonNode cup = tournaments.finished(cupId, Duration.ofMinutes(3));
            Set<String> cupMatches = new HashSet<>();
            for (JsonNode match : cup.get("matches")) {
                assertThat(match.get("status").asText()).isEqualTo("FINISHED");
                assertThat(cupMatches.add(match.get("matchId").asText())).as("each match played once").isTrue();
            }
            assertThat(cupMatches).hasSize(6);
            assertThat(cup.get("leaderboard")).hasSize(6)
                    .allSatisfy(entry -> assertThat(entry.get("matches").asInt()).as("counted once").isEqualTo(3));
        }
    }
}
