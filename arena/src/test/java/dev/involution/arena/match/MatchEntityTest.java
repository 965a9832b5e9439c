package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.SerializationTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import akka.persistence.testkit.PersistenceTestKitPlugin;
import akka.persistence.testkit.PersistenceTestKitSnapshotPlugin;
import akka.persistence.testkit.javadsl.PersistenceTestKit;
import akka.persistence.testkit.javadsl.SnapshotTestKit;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.involution.arena.engine.Decisions;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.InterventionKind;
import dev.involution.bots.api.MatchDetails;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The match entity on the in-memory journal: commands to events to state, group commit,
 * idempotency, recovery and snapshots.
 */
class MatchEntityTest {
    private static final Config CONFIG = ConfigFactory.parseString("akka.actor.provider = local")
            .withFallback(PersistenceTestKitPlugin.getInstance().config())
            .withFallback(PersistenceTestKitSnapshotPlugin.config())
            .withFallback(ConfigFactory.parseResources("serialization.conf"))
            .withFallback(ConfigFactory.load())
            .resolve();
    private static final ActorTestKit KIT = ActorTestKit.create("MatchEntityTest", CONFIG);
    private static final PersistenceTestKit JOURNAL = PersistenceTestKit.create(KIT.system());
    private static final SnapshotTestKit SNAPSHOTS = SnapshotTestKit.create(KIT.system());
    private static final AtomicInteger IDS = new AtomicInteger();

    private final TestProbe<MatchDirectory.Command> directory = KIT.createTestProbe(MatchDirectory.Command.class);
    private final TestProbe<MatchEntity.Reply> probe = KIT.createTestProbe(MatchEntity.Reply.class);
    private String matchId;

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    @BeforeEach
    void newMatchId() {
        matchId = "m" + IDS.incrementAndGet();
    }

    private ActorRef<MatchEntity.Command> spawn() {
        return spawn(Admission.unbounded());
    }

    private ActorRef<MatchEntity.Command> spawn(Admission admission) {
        return KIT.spawn(MatchInbox.create(matchId, Clock.systemUTC(), directory.getRef(), admission));
    }

    private static MatchSettings settings(long roundMillis, List<String> houseBots) {
        return new MatchSettings("test", roundMillis, 42, houseBots, "laissez-faire", null, false,
                MarketConfig.defaults().withRounds(5).withMaxFirms(4));
    }

    private <R extends MatchEntity.Reply> R ask(ActorRef<MatchEntity.Command> match,
                                                 java.util.function.Function<ActorRef<MatchEntity.Reply>, MatchEntity.Command> cmd,
                                                 Class<R> expected) {
        match.tell(cmd.apply(probe.getRef()));
        return probe.expectMessageClass(expected, Duration.ofSeconds(15));
    }

    private ActorRef<MatchEntity.Command> runningMatchWithTwoPlayers() {
        ActorRef<MatchEntity.Command> match = spawn();
        ask(match, r -> new MatchEntity.Create(settings(600_000, List.of()), r), MatchEntity.Created.class);
        ask(match, r -> new MatchEntity.Join("alice", "Alice AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Join("bob", "Bob AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r), MatchEntity.ControlDone.class);
        return match;
    }

    private MatchDetails details(ActorRef<MatchEntity.Command> match) {
        return ask(match, MatchEntity.GetDetails::new, MatchEntity.Details.class).details();
    }

    @Test
    void commandsBecomeEventsAndState() {
        ActorRef<MatchEntity.Command> match = spawn();
        ask(match, r -> new MatchEntity.Create(settings(600_000, List.of("cost-plus")), r), MatchEntity.Created.class);
        MatchEntity.Joined joined = ask(match, r -> new MatchEntity.Join("alice", "Alice AI", null, r),
                MatchEntity.Joined.class);
        assertThat(joined.firmId()).isEqualTo(1);
        assertThat(ask(match, r -> new MatchEntity.Join("alice", "Alice again", null, r), MatchEntity.Joined.class)
                .firmId()).as("joining twice keeps the seat").isEqualTo(1);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r), MatchEntity.ControlDone.class);
        MatchEntity.OrderAccepted order = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 10,
                "c-1", r), MatchEntity.OrderAccepted.class);
        assertThat(order.result().status()).isEqualTo("FILLED");
        assertThat(order.result().fills()).hasSize(1);

        List<Object> events = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId));
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .startsWith("MatchCreated", "SeatTaken", "SeatTaken", "MatchStarted", "RoundOpened", "OrderPlaced");
        MatchDetails d = details(match);
        assertThat(d.summary().status()).isEqualTo("RUNNING");
        assertThat(d.seq()).isEqualTo(events.size());
        assertThat(d.firms()).extracting(f -> f.kind()).containsExactly("HOUSE", "PLAYER");
        directory.expectMessageClass(MatchDirectory.MatchChanged.class);
    }

    @Test
    void aRetriedOrderReturnsTheOriginalResultAndAReusedKeyIsRefused() {
        ActorRef<MatchEntity.Command> match = runningMatchWithTwoPlayers();
        MatchEntity.OrderAccepted first = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 10,
                "k1", r), MatchEntity.OrderAccepted.class);
        MatchEntity.OrderAccepted retry = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 10,
                "k1", r), MatchEntity.OrderAccepted.class);
        assertThat(retry.result()).isEqualTo(first.result());
        MatchEntity.Rejected reused = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 11,
                "k1", r), MatchEntity.Rejected.class);
        assertThat(reused.rejection().kind()).isEqualTo(Rejection.Kind.KEY_REUSED);
        long orders = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                .filter(e -> e instanceof MatchEvent.OrderPlaced).count();
        assertThat(orders).isEqualTo(1);
    }

    @Test
    void retriesGetTheirOriginalAnswerWhateverTheMatchDoesNow() {
        ActorRef<MatchEntity.Command> match = runningMatchWithTwoPlayers();
        MatchEntity.OrderAccepted placed = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 4_000, 5,
                "k1", r), MatchEntity.OrderAccepted.class);
        MatchEntity.OrderAccepted other = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 3_000, 5,
                null, r), MatchEntity.OrderAccepted.class);
        long orderId = other.result().orderId();
        ask(match, r -> new MatchEntity.CancelOrder("alice", orderId, "c1", r), MatchEntity.OrderCancelled.class);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.PAUSE, r), MatchEntity.ControlDone.class);
        long seq = details(match).seq();

        assertThat(ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 4_000, 5, "k1", r),
                MatchEntity.OrderAccepted.class).result()).isEqualTo(placed.result());
        assertThat(ask(match, r -> new MatchEntity.CancelOrder("alice", orderId, "c1", r),
                MatchEntity.OrderCancelled.class).orderId()).isEqualTo(orderId);
        assertThat(ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 4_000, 5, "k2", r),
                MatchEntity.Rejected.class).rejection().code()).isEqualTo("MATCH_PAUSED");
        assertThat(details(match).seq()).isEqualTo(seq);
    }

    @Test
    void playersCannotTouchOtherFirmsOrders() {
        ActorRef<MatchEntity.Command> match = runningMatchWithTwoPlayers();
        MatchEntity.OrderAccepted bid = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 4_000, 5,
                null, r), MatchEntity.OrderAccepted.class);
        long seq = details(match).seq();
        MatchEntity.Rejected notOwner = ask(match, r -> new MatchEntity.CancelOrder("bob", bid.result().orderId(),
                null, r), MatchEntity.Rejected.class);
        assertThat(notOwner.rejection().kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
        MatchEntity.Rejected noSeat = ask(match, r -> new MatchEntity.PlaceOrder("mallory", Side.BUY, 4_000, 5,
                null, r), MatchEntity.Rejected.class);
        assertThat(noSeat.rejection().code()).isEqualTo("NO_SEAT");
        MatchEntity.Rejected broke = ask(match, r -> new MatchEntity.PlaceOrder("bob", Side.BUY, 9_000, 100_000,
                null, r), MatchEntity.Rejected.class);
        assertThat(broke.rejection().code()).isEqualTo("INSUFFICIENT_CASH");
        assertThat(details(match).seq()).as("refusals change nothing").isEqualTo(seq);
        ask(match, r -> new MatchEntity.CancelOrder("alice", bid.result().orderId(), null, r),
                MatchEntity.OrderCancelled.class);
    }

    @Test
    void manyConcurrentOrdersAreAllAcknowledgedAndPersistedOnce() {
        ActorRef<MatchEntity.Command> match = runningMatchWithTwoPlayers();
        int n = 600;
        for (int i = 0; i < n; i++) {
            match.tell(new MatchEntity.PlaceOrder(i % 2 == 0 ? "alice" : "bob", Side.BUY, 1_000 + i, 1, "o" + i,
                    probe.getRef()));
        }
        for (int i = 0; i < n; i++) {
            probe.expectMessageClass(MatchEntity.OrderAccepted.class, Duration.ofSeconds(10));
        }
        long orders = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                .filter(e -> e instanceof MatchEvent.OrderPlaced).count();
        assertThat(orders).isEqualTo(n);
    }

    @Test
    void pastTheInboxBoundNewOrdersAreRefusedAtOnceAndNothingElseIs() {
        assertOrdersPastTheBoundAreRefused(new Admission(10, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void ordersThatWouldWaitTooLongAreRefusedAtOnce() {
        assertOrdersPastTheBoundAreRefused(new Admission(Integer.MAX_VALUE, Duration.ofNanos(1), Duration.ZERO));
    }

    private void assertOrdersPastTheBoundAreRefused(Admission admission) {
        ActorRef<MatchEntity.Command> match = spawn(admission);
        ask(match, r -> new MatchEntity.Create(settings(600_000, List.of()), r), MatchEntity.Created.class);
        ask(match, r -> new MatchEntity.Join("alice", "Alice AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Join("bob", "Bob AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r), MatchEntity.ControlDone.class);
        int n = 300;
        for (int i = 0; i < n; i++) {
            match.tell(new MatchEntity.PlaceOrder("alice", Side.BUY, 1_000 + i, 1, "q" + i, probe.getRef()));
        }
        match.tell(new MatchEntity.GetDetails(probe.getRef()));
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < n; i++) {
            MatchEntity.Reply reply = probe.expectMessageClass(MatchEntity.Reply.class, Duration.ofSeconds(10));
            if (reply instanceof MatchEntity.Rejected r) {
                assertThat(r.rejection().kind()).isEqualTo(Rejection.Kind.OVERLOADED);
                assertThat(r.rejection().code()).isEqualTo("MATCH_OVERLOADED");
                refused++;
            } else {
                assertThat(reply).isInstanceOf(MatchEntity.OrderAccepted.class);
                accepted++;
            }
        }
        assertThat(refused).as("the queue passed its bound").isPositive();
        assertThat(accepted + refused).isEqualTo(n);
        assertThat(probe.expectMessageClass(MatchEntity.Details.class, Duration.ofSeconds(10)))
                .as("reads still queue").isNotNull();
        long persisted = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                .filter(e -> e instanceof MatchEvent.OrderPlaced).count();
        assertThat(persisted).as("a refused order is never placed").isEqualTo(accepted);
    }

    @Test
    void aRestartedMatchRecoversTheSameStateFromSnapshotAndEvents() {
        ActorRef<MatchEntity.Command> match = runningMatchWithTwoPlayers();
        for (int i = 0; i < 1_100; i++) {
            match.tell(new MatchEntity.PlaceOrder("alice", Side.BUY, 100 + i, 1, null, probe.getRef()));
        }
        for (int i = 0; i < 1_100; i++) {
            probe.expectMessageClass(MatchEntity.OrderAccepted.class, Duration.ofSeconds(10));
        }
        ask(match, r -> new MatchEntity.SetDecisions("bob", new Decisions(7, 3, 1_000), "d1", r),
                MatchEntity.DecisionsAccepted.class);
        MatchDetails before = details(match);
        assertThat(SNAPSHOTS.persistedInStorage(MatchEntity.persistenceId(matchId))).isNotEmpty();
        KIT.stop(match);

        ActorRef<MatchEntity.Command> recovered = spawn();
        MatchDetails after = details(recovered);
        assertThat(after.stateHash()).isEqualTo(before.stateHash());
        assertThat(after).isEqualTo(before);
        assertThat(ask(recovered, r -> new MatchEntity.SetDecisions("bob", new Decisions(7, 3, 1_000), "d1", r),
                MatchEntity.DecisionsAccepted.class)).as("keys survive recovery").isNotNull();
        assertThat(details(recovered).seq()).isEqualTo(before.seq());
    }

    @Test
    void aRetryPastTheIdempotencyWindowIsRefusedNotPlacedAgain() throws InterruptedException {
        ActorRef<MatchEntity.Command> match = spawn();
        ask(match, r -> new MatchEntity.Create(settings(300, List.of()), r), MatchEntity.Created.class);
        ask(match, r -> new MatchEntity.Join("alice", "Alice AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Join("bob", "Bob AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r), MatchEntity.ControlDone.class);
        int round = details(match).summary().round();
        MatchEntity.OrderAccepted first = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 3,
                "late", round, false, r), MatchEntity.OrderAccepted.class);
        MatchEntity.OrderAccepted retry = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 3,
                "late", round, false, r), MatchEntity.OrderAccepted.class);
        assertThat(retry.result()).isEqualTo(first.result());
        while (details(match).summary().round() < round + 2) {
            Thread.sleep(50);
        }
        MatchEntity.Rejected past = ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_000, 3,
                "late", round, false, r), MatchEntity.Rejected.class);
        assertThat(past.rejection().code()).isEqualTo("ROUND_OVER");
        assertThat(JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                .filter(MatchEvent.OrderPlaced.class::isInstance)).as("placed once, never again").hasSize(1);
    }

    @Test
    void roundsTickOnTheirDeadlinesUntilTheMatchFinishes() {
        ActorRef<MatchEntity.Command> match = spawn();
        // Rounds long enough that the bots' orders (sent within a round's first quarter) arrive in time on a busy machine.
        ask(match, r -> new MatchEntity.Create(settings(500, List.of("cost-plus", "cost-plus")), r),
                MatchEntity.Created.class);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r), MatchEntity.ControlDone.class);
        MatchDetails d = null;
        for (int i = 0; i < 400; i++) {
            d = details(match);
            if (d.summary().status().equals("FINISHED")) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(d.summary().status()).isEqualTo("FINISHED");
        assertThat(d.lastRound().round()).isEqualTo(5);
        assertThat(d.standings()).hasSize(2);
        List<MatchEvent.RoundSettled> rounds = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                .filter(MatchEvent.RoundSettled.class::isInstance).map(MatchEvent.RoundSettled.class::cast).toList();
        assertThat(rounds).extracting(r -> r.report().round()).containsExactly(1, 2, 3, 4, 5);
        // On a busy machine a bot's order may miss a round's end; over the match the bots do trade.
        assertThat(rounds).as("the house bots bought compute").anySatisfy(r ->
                assertThat(r.report().firms().stream().mapToLong(f -> f.capacity()).sum()).isPositive());
        for (int i = 1; i < rounds.size(); i++) {
            assertThat(rounds.get(i).at()).as("round %d settled at or after its deadline", i + 1)
                    .isGreaterThanOrEqualTo(rounds.get(i - 1).nextDeadline());
        }
    }

    @Test
    void theRegulatorImposesInterventionsThatTheMatchEnforces() throws InterruptedException {
        ActorRef<MatchEntity.Command> match = spawn();
        MatchSettings guarded = new MatchSettings("guarded", 150, 1,
                List.of("subsidizer", "subsidizer", "subsidizer", "subsidizer", "undercutter", "undercutter"),
                "guardrails", null, false, MarketConfig.defaults().withRounds(20).withMaxFirms(8));
        ask(match, r -> new MatchEntity.Create(guarded, r), MatchEntity.Created.class);
        ask(match, r -> new MatchEntity.Join("alice", "Alice AI", null, r), MatchEntity.Joined.class);
        ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r), MatchEntity.ControlDone.class);
        MatchEvent.InterventionImposed cap = null;
        for (int i = 0; i < 200 && cap == null; i++) {
            Thread.sleep(50);
            cap = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                    .filter(MatchEvent.InterventionImposed.class::isInstance).map(MatchEvent.InterventionImposed.class::cast)
                    .filter(e -> e.intervention().kind() == InterventionKind.GIVEAWAY_CAP).findFirst().orElse(null);
        }
        assertThat(cap).as("a giveaway cap within 10 s").isNotNull();
        assertThat(cap.intervention().reason()).contains("spiral index");
        long capValue = cap.intervention().value();
        MatchEntity.DecisionsAccepted partly = ask(match, r -> new MatchEntity.SetDecisions("alice",
                new Decisions(10, capValue + 50, 3_000), "partly", r), MatchEntity.DecisionsAccepted.class);
        assertThat(partly.result().rnd()).as("the R&D applies as asked").isEqualTo(3_000);
        assertThat(partly.result().bounty()).as("the bounty is held by the cap or by a halt").isLessThanOrEqualTo(capValue);
        assertThat(partly.result().adjustments()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.code()).isIn("GIVEAWAY_CAP_EXCEEDED", "COOLING_OFF", "PRICE_BELOW_FLOOR");
            assertThat(a.intervention().untilRound()).isPositive();
            assertThat(a.message()).contains("until round");
        });
        assertThat(partly.result().adjustments()).anyMatch(a -> a.field().equals("bounty") && a.requested() == capValue + 50);
        MatchEntity.DecisionsAccepted retried = ask(match, r -> new MatchEntity.SetDecisions("alice",
                new Decisions(10, capValue + 50, 3_000), "partly", r), MatchEntity.DecisionsAccepted.class);
        assertThat(retried).as("a retry answers what applied the first time").isEqualTo(partly);
        MatchEvent.DecisionsSet recorded = JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId)).stream()
                .filter(MatchEvent.DecisionsSet.class::isInstance).map(MatchEvent.DecisionsSet.class::cast)
                .filter(e -> "partly".equals(e.idempotencyKey())).findFirst().orElseThrow();
        assertThat(recorded.decisions().bounty()).isEqualTo(partly.result().bounty());
        assertThat(recorded.requested()).isEqualTo(new Decisions(10, capValue + 50, 3_000));
        assertThat(details(match).interventions()).isNotEmpty();
    }

    @Test
    void theStateSurvivesSerialization() {
        ActorRef<MatchEntity.Command> match = runningMatchWithTwoPlayers();
        ask(match, r -> new MatchEntity.PlaceOrder("alice", Side.BUY, 5_500, 150, "x", r), MatchEntity.OrderAccepted.class);
        SerializationTestKit serialization = new SerializationTestKit(KIT.system());
        for (Object event : JOURNAL.persistedInStorage(MatchEntity.persistenceId(matchId))) {
            serialization.verifySerialization(event, true);
        }
    }
}
