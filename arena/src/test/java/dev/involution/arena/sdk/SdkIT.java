package dev.involution.arena.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.FinalStanding;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.MatchDetails;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OrderResult;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.api.Side;
import dev.involution.bots.api.stream.MatchEvent;
import dev.involution.bots.api.stream.Snapshot;
import dev.involution.bots.api.stream.StreamMessage;
import dev.involution.bots.client.ArenaClient;
import dev.involution.bots.client.ArenaException;
import dev.involution.bots.client.FollowOptions;
import dev.involution.bots.client.MatchFollower;
import dev.involution.bots.client.StreamListener;
import dev.involution.bots.runner.BotRunner;
import dev.involution.bots.runner.BotSession;
import dev.involution.bots.strategy.CostPlus;
import dev.involution.bots.strategy.Plan;
import dev.involution.bots.strategy.Strategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Java SDK and the bot runner against a real arena on a random port. */
class SdkIT {
    private static RunningArena arena;
    private static String base;
    private static ArenaClient anonymous;
    private static ArenaClient admin;
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
        base = "http://127.0.0.1:" + arena.arena().port();
        anonymous = ArenaClient.of(base);
        admin = anonymous.withToken(arena.savedAdminToken());
        pool = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        arena.close();
    }

    private static ArenaClient player(String name) {
        return anonymous.withToken(anonymous.register(name).token());
    }

    private static String match(int rounds, long roundMillis) {
        return admin.createMatch(new MatchConfigRequest(null, null, rounds, roundMillis, null, 4,
                List.of("cost-plus"), null, null, null)).matchId();
    }

    /** Waits (at most 30 s) until the condition holds; this bounds a hang, it measures nothing. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private static long countOf(List<MatchEvent> events, String type, int firmId) {
        return events.stream().filter(e -> e.is(type) && e.firmId().orElse(-1) == firmId).count();
    }

    /** Prices low and pays a small giveaway: a strategy class of the bot author's own. */
    static final class Undercut implements Strategy {
        @Override
        public Plan plan(MarketView market, OwnFirm me) {
            long unit = market.bestAsk() != null ? market.bestAsk() : market.baseComputeCost();
            long units = me.users() / market.usersPerUnit() + 1;
            return new Plan(new Decisions(6, 20, 10_000), List.of(new OrderRequest(Side.BUY, unit + unit / 5, units, null)));
        }
    }

    @Test
    void twoSdkBotsPlayAShortMatchToTheEnd() throws Exception {
        String matchId = match(8, 300);
        List<String> logA = new CopyOnWriteArrayList<>();
        List<String> logB = new CopyOnWriteArrayList<>();
        BotSession ada = new BotSession(player("Ada"), matchId, null, new CostPlus(), logA::add);
        BotSession bo = new BotSession(player("Bo"), matchId, "Bo's firm", new Undercut(), logB::add);
        Future<BotSession.Outcome> adaPlays = pool.submit(ada::play);
        Future<BotSession.Outcome> boPlays = pool.submit(bo::play);
        await("both bots follow the stream", () -> ada.follower() != null && ada.follower().delivered() > 0
                && bo.follower() != null && bo.follower().delivered() > 0);

        admin.start(matchId);
        BotSession.Outcome a = adaPlays.get(60, TimeUnit.SECONDS);
        BotSession.Outcome b = boPlays.get(60, TimeUnit.SECONDS);

        MatchDetails end = admin.match(matchId);
        assertThat(end.summary().status()).isEqualTo("FINISHED");
        assertThat(end.standings()).extracting(FinalStanding::firmId).contains(a.firmId(), b.firmId());
        for (BotSession.Outcome o : List.of(a, b)) {
            assertThat(o.roundsSettled()).as("every settlement reached the bot once").isEqualTo(8);
            assertThat(o.standing()).isNotNull();
            assertThat(o.stopped()).isFalse();
            assertThat(o.roundsPlayed()).isPositive();
        }
        List<MatchEvent> events = anonymous.allEvents(matchId, 1);
        assertThat(events.get(events.size() - 1).seq()).isEqualTo(end.seq());
        for (BotSession.Outcome o : List.of(a, b)) {
            assertThat(countOf(events, MatchEvent.DECISIONS_SET, o.firmId()))
                    .as("decisions of firm %d in the journal", o.firmId())
                    .isPositive().isEqualTo(o.decisionsAccepted());
            assertThat(countOf(events, MatchEvent.ORDER_PLACED, o.firmId())).isEqualTo(o.ordersAccepted());
        }
        assertThat(events.stream().flatMap(e -> e.seatTaken().stream())
                .filter(s -> s.holder().firmId() == b.firmId()).findFirst().orElseThrow().holder().name())
                .isEqualTo("Bo's firm");
        for (List<String> log : List.of(logA, logB)) {
            List<String> rounds = log.stream().filter(l -> l.matches("round \\d+/8: users \\d+, share .*, cash -?\\d+, price \\d+.*"))
                    .toList();
            assertThat(rounds).hasSize(8);
            for (int r = 1; r <= 8; r++) {
                assertThat(rounds.get(r - 1)).startsWith("round " + r + "/8:");
            }
            assertThat(log).anyMatch(l -> l.startsWith("match finished: rank "));
        }
    }

    @Test
    void aStreamThatLosesItsConnectionMidMatchMissesNothingAndRepeatsNothing() throws Exception {
        String matchId = match(6, 500);
        ArenaClient alice = player("Alice");
        alice.join(matchId);
        List<StreamMessage> received = new CopyOnWriteArrayList<>();
        AtomicInteger disconnects = new AtomicInteger();
        StreamListener listener = new StreamListener() {
            @Override
            public void onMessage(StreamMessage message) {
                received.add(message);
            }

            @Override
            public void onDisconnected(Throwable cause) {
                disconnects.incrementAndGet();
            }
        };
        MatchFollower follower = anonymous.follow(matchId, 0, FollowOptions.defaults(), listener);
        await("the snapshot", () -> follower.delivered() > 0);
        admin.start(matchId);

        AtomicBoolean trading = new AtomicBoolean(true);
        Future<Integer> trader = pool.submit(() -> {
            int placed = 0;
            while (trading.get()) {
                try {
                    alice.placeOrder(matchId, new OrderRequest(Side.BUY, 1 + placed % 50, 1, null));
                    placed++;
                } catch (ArenaException e) {
                    if ("MATCH_FINISHED".equals(e.rule())) {
                        break;
                    }
                }
                Thread.sleep(1);
            }
            return placed;
        });
        int drops = 0;
        while (drops < 5 && !follower.done().isDone()) {
            long before = follower.delivered();
            await("more events", () -> follower.delivered() >= before + 10 || follower.done().isDone());
            if (follower.dropConnection()) {
                drops++;
            }
        }
        follower.done().get(60, TimeUnit.SECONDS);
        trading.set(false);
        assertThat(trader.get(30, TimeUnit.SECONDS)).isPositive();

        assertThat(drops).as("connections dropped mid-match").isGreaterThanOrEqualTo(3);
        assertThat(follower.reconnects()).isGreaterThanOrEqualTo(drops);
        assertThat(disconnects.get()).isGreaterThanOrEqualTo(drops);
        assertThat(received.get(0)).isInstanceOf(Snapshot.class);
        long snapshotSeq = ((Snapshot) received.get(0)).seq();
        List<MatchEvent> streamed = received.stream().filter(m -> m instanceof MatchEvent).map(m -> (MatchEvent) m).toList();
        List<MatchEvent> history = anonymous.allEvents(matchId, snapshotSeq + 1);
        assertThat(history).isNotEmpty();
        assertThat(streamed).extracting(MatchEvent::seq).as("every event once, in order")
                .containsExactlyElementsOf(history.stream().map(MatchEvent::seq).toList());
        for (int i = 0; i < streamed.size(); i++) {
            assertThat(streamed.get(i).json()).as("event %d", streamed.get(i).seq()).isEqualTo(history.get(i).json());
        }
        assertThat(streamed.get(streamed.size() - 1).type()).isEqualTo(MatchEvent.MATCH_FINISHED);

        List<Long> replayed = new CopyOnWriteArrayList<>();
        MatchFollower replay = anonymous.follow(matchId, 1, FollowOptions.defaults(), m -> {
            if (m instanceof MatchEvent e) {
                replayed.add(e.seq());
            }
        });
        replay.done().get(60, TimeUnit.SECONDS);
        List<Long> all = new ArrayList<>();
        for (long s = 1; s <= history.get(history.size() - 1).seq(); s++) {
            all.add(s);
        }
        assertThat(replayed).as("a replay from event 1 ends at match-finished").containsExactlyElementsOf(all);
    }

    @Test
    void anEventRightAfterConnectingArrivesEvenWhenNothingFollowsIt() throws Exception {
        // A new subscription takes a moment to reach the match's pub-sub topic; an event published
        // meanwhile must still arrive (from the journal), not wait for a next event that never comes.
        for (int i = 0; i < 5; i++) {
            String matchId = admin.createMatch(new MatchConfigRequest(null, null, 3, 600_000L, null, 4, List.of(), null, null, null))
                    .matchId();
            ArenaClient one = player("One" + i);
            ArenaClient two = player("Two" + i);
            one.join(matchId);
            two.join(matchId);
            admin.start(matchId);
            List<Long> seen = new CopyOnWriteArrayList<>();
            try (MatchFollower follower = anonymous.follow(matchId, 0, FollowOptions.defaults(), m -> {
                if (m instanceof MatchEvent e) {
                    seen.add(e.seq());
                }
            })) {
                await("the snapshot", () -> follower.delivered() > 0);
                one.placeOrder(matchId, new OrderRequest(Side.BUY, 5, 1, null));
                long last = anonymous.match(matchId).seq();
                await("event " + last + " of match " + i, () -> seen.contains(last));
            }
            admin.stop(matchId);
        }
    }

    @Test
    void refusalsCarryTheServersProblemDetailsAndRetriesAreIdempotent() throws Exception {
        String matchId = match(3, 600_000);
        ArenaClient pat = player("Pat");

        assertThatThrownBy(() -> pat.setDecisions(matchId, new Decisions(9, 0, 0)))
                .isInstanceOfSatisfying(ArenaException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.rule()).isEqualTo("NO_SEAT");
                    assertThat(e.problem().slug()).isEqualTo("forbidden");
                });
        int firm = pat.join(matchId).firmId();
        assertThat(pat.join(matchId).firmId()).as("joining again keeps the seat").isEqualTo(firm);
        assertThatThrownBy(() -> pat.setDecisions(matchId, new Decisions(9, 0, 0)))
                .isInstanceOfSatisfying(ArenaException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.rule()).isEqualTo("MATCH_NOT_STARTED");
                });
        assertThatThrownBy(() -> pat.start(matchId)).isInstanceOfSatisfying(ArenaException.class,
                e -> assertThat(e.status()).isEqualTo(403));
        admin.start(matchId);

        assertThatThrownBy(() -> pat.placeOrder(matchId, new OrderRequest(Side.BUY, 0, 1, null)))
                .isInstanceOfSatisfying(ArenaException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("price");
                    assertThat(e.rule()).isEqualTo("range");
                    assertThat(e.detail()).contains("price");
                });
        assertThatThrownBy(() -> pat.placeOrder(matchId, new OrderRequest(Side.BUY, 1_000_000, 1_000_000, null)))
                .isInstanceOfSatisfying(ArenaException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.rule()).isEqualTo("INSUFFICIENT_CASH");
                    assertThat(e.problem().slug()).isEqualTo("rule-violated");
                });

        OrderResult first = pat.placeOrder(matchId, new OrderRequest(Side.BUY, 7, 2, "bid-1"));
        OrderResult again = pat.placeOrder(matchId, new OrderRequest(Side.BUY, 7, 2, "bid-1"));
        assertThat(again).as("the same clientOrderId and body: the original result").isEqualTo(first);
        assertThat(pat.me(matchId).openOrders()).filteredOn(o -> o.orderId() == first.orderId()).hasSize(1);
        assertThatThrownBy(() -> pat.placeOrder(matchId, new OrderRequest(Side.BUY, 8, 2, "bid-1")))
                .isInstanceOfSatisfying(ArenaException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.rule()).isEqualTo("reused-key");
                });
        assertThat(pat.setDecisions(matchId, new Decisions(9, 0, 0), "d-1")).isEqualTo(new Decisions(9, 0, 0));
        assertThat(pat.setDecisions(matchId, new Decisions(9, 0, 0), "d-1")).isEqualTo(new Decisions(9, 0, 0));
        assertThat(pat.cancelOrder(matchId, first.orderId(), "c-1").orderId()).isEqualTo(first.orderId());
        assertThat(pat.cancelOrder(matchId, first.orderId(), "c-1").orderId()).as("a repeated cancel").isEqualTo(first.orderId());
        assertThatThrownBy(() -> pat.cancelOrder(matchId, first.orderId()))
                .isInstanceOfSatisfying(ArenaException.class, e -> assertThat(e.rule()).isEqualTo("UNKNOWN_ORDER"));
        List<MatchEvent> events = anonymous.allEvents(matchId, 1);
        assertThat(countOf(events, MatchEvent.ORDER_PLACED, firm)).isEqualTo(1);
        assertThat(countOf(events, MatchEvent.DECISIONS_SET, firm)).isEqualTo(1);
        assertThat(countOf(events, MatchEvent.ORDER_CANCELLED, firm)).isEqualTo(1);

        assertThatThrownBy(() -> pat.withToken("nobody.nothing").me(matchId))
                .isInstanceOfSatisfying(ArenaException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> anonymous.match("zzzzzzzzzz"))
                .isInstanceOfSatisfying(ArenaException.class, e -> assertThat(e.status()).isEqualTo(404));
        admin.stop(matchId);
    }

    @Test
    void theRunnerPlaysAMatchToTheEndAndExitsZero() throws Exception {
        String matchId = match(4, 300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Future<Integer> exit = pool.submit(() -> BotRunner.run(new String[] {"--server", base, "--match", matchId,
                "--strategy", "cost-plus", "--name", "runner"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        await("the runner's seat", () -> admin.match(matchId).firms().size() == 2);

        admin.start(matchId);

        assertThat(exit.get(60, TimeUnit.SECONDS)).as("exit status; stderr: %s", err).isZero();
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("registered player").contains("joined match " + matchId)
                .contains("match finished: rank ");
    }

    @Test
    void theRunnerRefusesAFinishedMatchAndABadCommandLine() {
        String matchId = match(3, 600_000);
        admin.stop(matchId);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(BotRunner.run(new String[] {"--server", base, "--match", matchId, "--strategy", "cost-plus"}, out, errors))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("MATCH_FINISHED");
        assertThat(BotRunner.run(new String[] {"--server", base, "--strategy", "no-such-strategy"}, out, errors))
                .isEqualTo(2);
    }

    @Test
    void aRateLimitedClientWaitsAsToldAndGetsThrough() {
        try (RunningArena limited = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.http.rate-limit.per-second", 4).with("arena.http.rate-limit.burst", 2),
                ArenaModules.standard())) {
            ArenaClient client = ArenaClient.of("http://127.0.0.1:" + limited.arena().port());
            for (int i = 0; i < 8; i++) {
                assertThat(client.matches()).isEmpty();
            }
            assertThat(client.retries()).as("429s waited out").isPositive();
        }
    }
}
