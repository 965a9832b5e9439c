package dev.involution.arena.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import dev.involution.arena.testkit.MatchRounds;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold on every journal database: after a restart a match is back exactly as it was
 * (sequence number, state hash, open orders, book, round deadline, idempotency keys), and a
 * running match goes on playing its rounds without anyone asking for it.
 */
abstract class MatchesSurviveRestartContract {

    /** More orders than the match snapshots after, so recovery starts from a snapshot. */
    private static final int ORDERS = 1_100;

    /** The settings that put the journal on the database under test. */
    abstract UnaryOperator<ArenaSettings> database();

    @Test
    void matchesComeBackAsTheyWereAndKeepPlaying() throws Exception {
        RunningArena arena = RunningArena.start(settings -> database().apply(settings)
                .with("arena.demo.enabled", false), ArenaModules.standard());
        try {
            MatchClient api = MatchClient.of(arena);
            String admin = arena.savedAdminToken();
            RunningArena.Registered alice = api.register("Alice");
            RunningArena.Registered bob = api.register("Bob");

            String traded = api.createMatch(admin, MatchInPlay.LONG_ROUNDS);
            api.join(alice.token(), traded);
            api.join(bob.token(), traded);
            api.control(admin, traded, "start");
            List<Long> orderIds = placeConcurrently(api, traded, alice, bob);
            for (int i = 0; i < 10; i++) {
                String owner = i % 2 == 0 ? alice.token() : bob.token();
                expect(200, api.call("DELETE", "/api/matches/" + traded + "/orders/" + orderIds.get(i), owner, null));
            }
            expect(200, api.call("PUT", "/api/matches/" + traded + "/decisions", bob.token(),
                    "{\"price\":12,\"bounty\":1,\"rnd\":99}", "Idempotency-Key", "bob-plan"));

            String ticking = api.createMatch(admin,
                    "{\"roundMillis\":3000,\"rounds\":100,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
            api.control(admin, ticking, "start");

            JsonNode before = api.details(traded);
            JsonNode aliceBefore = api.me(alice.token(), traded);
            JsonNode bookBefore = json(expect(200, api.call("GET", "/api/matches/" + traded + "/book", null, null)));
            List<JsonNode> eventsBefore = api.events(traded);
            assertThat(before.get("seq").asLong()).isGreaterThan(ORDERS);

            int roundBefore = MatchRounds.listed(api, ticking);
            arena = arena.restart();
            MatchClient restarted = MatchClient.of(arena);

            assertThat(Eventually.holds(() -> MatchRounds.listed(restarted, ticking) >= roundBefore + 2))
                    .as("the running match plays on by itself after the restart").isTrue();
            JsonNode after = restarted.details(traded);
            assertThat(after.get("seq").asLong()).isEqualTo(before.get("seq").asLong());
            assertThat(after.get("stateHash").asLong()).isEqualTo(before.get("stateHash").asLong());
            assertThat(after).isEqualTo(before);
            assertThat(after.get("summary").get("deadline").asLong()).as("the same round, on the same schedule")
                    .isEqualTo(before.get("summary").get("deadline").asLong());
            assertThat(restarted.me(alice.token(), traded)).isEqualTo(aliceBefore);
            assertThat(aliceBefore.get("openOrders")).hasSize(ORDERS / 2 - 5);
            assertThat(json(expect(200, restarted.call("GET", "/api/matches/" + traded + "/book", null, null))))
                    .isEqualTo(bookBefore);
            assertThat(restarted.events(traded)).isEqualTo(eventsBefore);

            assertThat(restarted.bid(alice.token(), traded, 100, 1, "o-0")).as("keys survive")
                    .isEqualTo(orderIds.get(0));
            expect(200, restarted.call("PUT", "/api/matches/" + traded + "/decisions", bob.token(),
                    "{\"price\":12,\"bounty\":1,\"rnd\":99}", "Idempotency-Key", "bob-plan"));
            assertThat(restarted.seq(traded)).isEqualTo(before.get("seq").asLong());
            restarted.bid(alice.token(), traded, 100, 1, "after-restart");
            assertThat(restarted.seq(traded)).isEqualTo(before.get("seq").asLong() + 1);

            assertThat(MatchRounds.assertKeptTheirDeadlines(restarted, ticking)).isGreaterThanOrEqualTo(2);
        } finally {
            arena.close();
        }
    }

    /** Alice and Bob place {@link #ORDERS} bids at once, each with a client order id; their ids in order. */
    private static List<Long> placeConcurrently(MatchClient api, String matchId, RunningArena.Registered alice,
                                                RunningArena.Registered bob) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> orders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                String token = i % 2 == 0 ? alice.token() : bob.token();
                long price = 100 + i % 50;
                String key = "o-" + i;
                orders.add(() -> api.bid(token, matchId, price, 1, key));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(orders)) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }
}
