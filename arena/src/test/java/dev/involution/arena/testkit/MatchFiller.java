package dev.involution.arena.testkit;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import akka.japi.function.Function;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchSettings;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes a match with an exact number of events straight through its entity (no HTTP): created,
 * {@code players} players seated, started (one round as long as allowed), then resting bids of 1
 * to 50 cents, each followed by its cancel, {@code inFlight} bids with their cancels at a time so
 * that group commit batches them as under load. Every command must be accepted, so the count is
 * exact; an odd count ends with one bid left resting. For recovery tests and benchmarks.
 */
public final class MatchFiller {

    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(60);

    /** A written match: its event count and state hash, and how long writing took. */
    public record Filled(String matchId, long events, long stateHash, double seconds) {
    }

    private final ActorSystem<?> system;
    private final int players;
    private final int inFlight;
    private final boolean clientOrderIds;
    private final long roundMillis;
    private final Consumer<String> progress;
    private final long resting;

    /**
     * @param clientOrderIds whether every bid carries a client order id (which the match keeps for
     *                       idempotent retries)
     * @param progress       told about every tenth of the bids
     */
    public MatchFiller(ActorSystem<?> system, int players, int inFlight, boolean clientOrderIds,
                       Consumer<String> progress) {
        this(system, players, inFlight, clientOrderIds, MatchSettings.MAX_ROUND_MILLIS, progress);
    }

    /**
     * A filler whose matches play rounds of {@code roundMillis} (shorter than the longest allowed:
     * rounds settle while the bids go in, as in a long match, and the market has no fixed cost, so no
     * firm goes bankrupt). The match is paused once filled; its event count then also holds the
     * settled rounds and the pause, so it is at least, not exactly, the count asked for.
     */
    public MatchFiller(ActorSystem<?> system, int players, int inFlight, boolean clientOrderIds, long roundMillis,
                       Consumer<String> progress) {
        this(system, players, inFlight, clientOrderIds, roundMillis, progress, 0);
    }

    private MatchFiller(ActorSystem<?> system, int players, int inFlight, boolean clientOrderIds, long roundMillis,
                        Consumer<String> progress, long resting) {
        this.roundMillis = roundMillis;
        this.system = system;
        this.players = players;
        this.inFlight = inFlight;
        this.clientOrderIds = clientOrderIds;
        this.progress = progress;
        this.resting = resting;
    }

    /**
     * A filler like this one whose matches end with {@code bids} more bids resting in the book: the
     * last bids are written without their cancels (the event count stays the one asked for).
     */
    public MatchFiller leavingResting(long bids) {
        return new MatchFiller(system, players, inFlight, clientOrderIds, roundMillis, progress, bids);
    }

    /** Events a match has once created, seated and started (created, a seat each, started, round 1 opened). */
    public long setupEvents() {
        return 3L + players;
    }

    /** Writes match {@code matchId} with exactly {@code events} events; returns its state hash. */
    public Filled fill(String matchId, long events) throws Exception {
        EntityRef<MatchEntity.Command> match = ClusterSharding.get(system)
                .entityRefFor(MatchEntity.TYPE_KEY, matchId);
        long started = System.nanoTime();
        boolean ticking = roundMillis < MatchSettings.MAX_ROUND_MILLIS;
        MarketConfig market = MarketConfig.defaults().withMaxFirms(players);
        if (ticking) {
            market = new MarketConfig(10_000, players, market.marketSize(), market.usersPerUnit(), market.startCash(),
                    market.startQuality(), market.defaultPrice(), 0, market.initialAdoption(),
                    market.spiralSubsidyThreshold(), market.supply(), market.demand(), market.innovation());
        }
        MatchSettings settings = new MatchSettings("recovery " + events, roundMillis, 42L,
                List.of(), ticking ? "laissez-faire" : MatchSettings.DEFAULT_POLICY, null, false, market);
        expect(ask(match, r -> new MatchEntity.Create(settings, r)), MatchEntity.Created.class);
        for (int p = 0; p < players; p++) {
            String player = "player-" + p;
            expect(ask(match, r -> new MatchEntity.Join(player, player, null, r)), MatchEntity.Joined.class);
        }
        expect(ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.START, r)),
                MatchEntity.ControlDone.class);
        if (events < setupEvents()) {
            throw new IllegalArgumentException("a match needs at least " + setupEvents() + " events");
        }
        // With rounds settling, a cancel may find its bid expired (no event): top up until the count is reached.
        long first = 0;
        for (long seq = setupEvents(); seq < events; ) {
            first = writeBids(match, matchId, first, events - seq, ticking);
            seq = expect(ask(match, MatchEntity.GetDetails::new), MatchEntity.Details.class).details().seq();
            if (!ticking) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (ticking) {
            expect(ask(match, r -> new MatchEntity.Control(MatchEntity.ControlAction.PAUSE, r)),
                    MatchEntity.ControlDone.class);
        }
        MatchEntity.Details details = expect(ask(match, MatchEntity.GetDetails::new), MatchEntity.Details.class);
        if (ticking && details.details().seq() >= events) {
            return new Filled(matchId, details.details().seq(), details.details().stateHash(), seconds);
        }
        if (details.details().seq() != events) {
            throw new IllegalStateException(matchId + " has " + details.details().seq() + " events, expected "
                    + events);
        }
        return new Filled(matchId, events, details.details().stateHash(), seconds);
    }

    /** Writes bids {@code first...} and their cancels, {@code commands} commands in all; returns the next bid's index. */
    private long writeBids(EntityRef<MatchEntity.Command> match, String matchId, long first, long commands,
                           boolean ticking) throws Exception {
        // Each bid is followed by its cancel (two events), but for the last ones, which are left
        // resting: those asked for, and one more when the rest of the count is odd.
        long cancels = Math.max(0, (commands - resting) / 2);
        long bids = commands - cancels;
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong done = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long reportEvery = Math.max(1, bids / 10);
        // Continuations on the arena's dispatcher: without an executor, those of Akka's ask futures
        // run on CompletableFuture's default, a new thread per task on a 2-core machine.
        Executor executor = system.executionContext();
        for (long i = first; i < first + bids && failure.get() == null; i++) {
            String player = "player-" + (i % players);
            long price = 1 + i % 50;
            String clientOrderId = clientOrderIds ? "c" + i : null;
            boolean cancelIt = i - first < cancels;
            slots.acquire();
            ask(match, r -> new MatchEntity.PlaceOrder(player, Side.BUY, price, 1, clientOrderId, r))
                    .thenComposeAsync(reply -> {
                        long orderId = expect(reply, MatchEntity.OrderAccepted.class).result().orderId();
                        return cancelIt
                                ? ask(match, r -> new MatchEntity.CancelOrder(player, orderId, null, r))
                                        .thenAcceptAsync(cancelled -> expectCancelled(cancelled, ticking), executor)
                                : CompletableFuture.<Void>completedFuture(null);
                    }, executor)
                    .whenCompleteAsync((ok, e) -> {
                        slots.release();
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                        long n = done.incrementAndGet();
                        if (n % reportEvery == 0) {
                            progress.accept(matchId + ": " + n + " of " + bids + " bids and their cancels done");
                        }
                    }, executor);
        }
        if (!slots.tryAcquire(inFlight, 10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("commands still in flight after 10 minutes");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("writing " + matchId + " failed", failure.get());
        }
        return first + bids;
    }

    private static CompletableFuture<MatchEntity.Reply> ask(EntityRef<MatchEntity.Command> match,
            Function<ActorRef<MatchEntity.Reply>, MatchEntity.Command> command) {
        CompletionStage<MatchEntity.Reply> reply = match.ask(command, ASK_TIMEOUT);
        return reply.toCompletableFuture();
    }

    private static <T extends MatchEntity.Reply> T expect(CompletableFuture<MatchEntity.Reply> reply, Class<T> type)
            throws Exception {
        return expect(reply.get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), type);
    }

    /** A cancel is accepted; with rounds settling, the bid may have expired with its round first. */
    private static void expectCancelled(MatchEntity.Reply reply, boolean ticking) {
        if (ticking && reply instanceof MatchEntity.Rejected r && r.rejection().code().equals("UNKNOWN_ORDER")) {
            return;
        }
        expect(reply, MatchEntity.OrderCancelled.class);
    }

    private static <T extends MatchEntity.Reply> T expect(MatchEntity.Reply reply, Class<T> type) {
        if (!type.isInstance(reply)) {
            throw new IllegalStateException("expected " + type.getSimpleName() + ", got " + reply);
        }
        return type.cast(reply);
    }
}
