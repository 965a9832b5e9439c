package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.RecoveryCompleted;
import akka.persistence.typed.SnapshotAdapter;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.Effect;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import akka.persistence.typed.javadsl.RetentionCriteria;
import akka.persistence.typed.javadsl.SignalHandler;
import dev.involution.arena.ArenaLifecycle;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.Decisions;
import dev.involution.arena.view.RemedyRequest;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.pubsub.Topics;
import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.DecisionsResult;
import dev.involution.bots.api.MatchDetails;
import dev.involution.bots.api.MyFirm;
import dev.involution.bots.api.OrderResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One match: an event-sourced entity that calls the engine. Commands in, events persisted, state
 * rebuilt from events. Round ends are absolute deadlines kept in the events, so after a restart
 * the match resumes the same round on schedule.
 *
 * <p><b>Group commit.</b> The {@link MatchInbox} in front of the entity gathers the commands that
 * arrive while a write is in flight and hands them over as one {@link Batch}. Each command is
 * decided in order against the live state (the engine is deterministic, so the events it yields
 * replay to the same state); then all the batch's events are written in one
 * {@code persist(List)}. Only after the write succeeds do the callers get their replies and the
 * stream its events: acknowledged means persisted. If a write fails the entity stops and recovers
 * from the journal, dropping what was never acknowledged.
 */
public final class MatchEntity extends EventSourcedBehavior<MatchEntity.Command, MatchEvent, MatchState> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "Match");

    // ---- protocol ------------------------------------------------------------------------

    public sealed interface Command extends CborSerializable {
    }

    public record Create(MatchSettings settings, ActorRef<Reply> replyTo) implements Command {
    }

    public record Join(String playerId, String name, String idempotencyKey, ActorRef<Reply> replyTo)
            implements Command {
    }

    /**
     * An order; {@code round}, when given, is the round it is meant for: an order for a round that is
     * over (a late retry past the idempotency window) is refused, never placed. With {@code fit} its
     * quantity is cut down to what a share cap and the cash or capacity allow.
     */
    public record PlaceOrder(String playerId, Side side, long price, long quantity, String clientOrderId,
                             Integer round, boolean fit, ActorRef<Reply> replyTo) implements Command {
        public PlaceOrder(String playerId, Side side, long price, long quantity, String clientOrderId,
                          ActorRef<Reply> replyTo) {
            this(playerId, side, price, quantity, clientOrderId, null, false, replyTo);
        }
    }

    /** The player's firm is ready: done with the round (lockstep), or ready to begin; {@code round} null: the current. */
    public record Ready(String playerId, Integer round, ActorRef<Reply> replyTo) implements Command {
    }

    /** The player's last refusals in this match. */
    public record GetMyRefusals(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    public record CancelOrder(String playerId, long orderId, String idempotencyKey, ActorRef<Reply> replyTo)
            implements Command {
    }

    /** Sets a firm's decisions and, in a match with the remedies, its choices ({@code remedies}, null: none asked). */
    public record SetDecisions(String playerId, Decisions decisions, RemedyRequest remedies, String idempotencyKey,
                               ActorRef<Reply> replyTo) implements Command {

        public SetDecisions(String playerId, Decisions decisions, String idempotencyKey, ActorRef<Reply> replyTo) {
            this(playerId, decisions, null, idempotencyKey, replyTo);
        }
    }

    public enum ControlAction { START, PAUSE, RESUME, STOP }

    public record Control(ControlAction action, ActorRef<Reply> replyTo) implements Command {
    }

    /** A message from the admin to everyone in the match, already validated by the edge. */
    public record Broadcast(String text, Integer firmId, ActorRef<Reply> replyTo) implements Command {
    }

    public record GetDetails(ActorRef<Reply> replyTo) implements Command {
    }

    public record GetBook(ActorRef<Reply> replyTo) implements Command {
    }

    public record GetMyFirm(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    /** The public view and the book at one and the same sequence number, to start a stream from. */
    public record GetStreamSnapshot(ActorRef<Reply> replyTo) implements Command {
    }

    /** The regulator's decisions after the settlement that opened {@code forRound}. */
    public record Impose(List<Intervention> proposals, int forRound) implements Command {
    }

    /** An admin switches the regulator's policy (and its thresholds). */
    public record ChangePolicy(String policy, PolicySettings settings, ActorRef<Reply> replyTo) implements Command {
    }

    /** Brings a match back to life after a restart (its timers and house bots); replies nothing. */
    /** The snapshot store's answer for the snapshot at {@code sequenceNr}: saved ({@code failure} null), or why not. */
    public record SnapshotStored(long sequenceNr, String failure) implements Command {
    }

    public record Wake() implements Command {
    }

    /** The entity's own timer: a finished match leaves memory (a later request brings it back from the journal). */
    enum Retire implements Command { INSTANCE }

    /** The entity's own timer: the round may be over. */
    record Tick(int round) implements Command {
    }

    /** The entity's own timer: a match that starts by itself may be due to start. */
    enum StartDue implements Command { INSTANCE }

    /** Commands gathered by the {@link MatchInbox} while the previous batch was being written. */
    record Batch(List<Command> commands, ActorRef<Command> inbox) implements Command {
    }

    /** Tells the inbox that a batch is durable and its replies are sent. */
    enum BatchWritten implements Command { INSTANCE }

    public sealed interface Reply extends CborSerializable {
    }

    public record Created(String matchId) implements Reply {
    }

    /** A broadcast message is in the match's history with this sequence number. */
    public record Broadcasted(long seq) implements Reply {
    }

    public record Joined(int firmId) implements Reply {
    }

    public record OrderAccepted(OrderResult result) implements Reply {
    }

    public record OrderCancelled(long orderId) implements Reply {
    }

    public record DecisionsAccepted(DecisionsResult result) implements Reply {
    }

    public record ControlDone(MatchStatus status) implements Reply {
    }

    public record PolicySet(String policy, PolicySettings settings) implements Reply {
    }

    public record Details(MatchDetails details) implements Reply {
    }

    public record Book(BookDepth book) implements Reply {
    }

    public record Mine(MyFirm firm) implements Reply {
    }

    public record StreamSnapshot(MatchDetails details, BookDepth book) implements Reply {
    }

    public record Rejected(Rejection rejection) implements Reply {
    }

    /**
     * A ready was noted for {@code round} (0: the start); {@code waitingFor} firms are not ready yet
     * (0 once the round ends, or the match starts); {@code lockstep} says whether rounds wait at all.
     */
    public record ReadyNoted(int round, int waitingFor, boolean lockstep) implements Reply {
    }

    /** One refusal of a player's request: when, in which round, which request ({@code "POST orders"}, ...) and why. */
    public record Refusal(long at, int round, String request, Rejection rejection) implements CborSerializable {
    }

    public record MyRefusals(List<Refusal> refusals) implements Reply {
    }

    // ---- wiring --------------------------------------------------------------------------

    /**
     * Starts the match entities under Cluster Sharding; matches report their changes to
     * {@code directory}. A match drives itself (round timers, house bots), so sharding must not stop
     * it for receiving nothing from outside: automatic passivation is off, and a finished match
     * retires by itself {@link ArenaLifecycle#retireAfter after a while}.
     */
    public static void init(ActorSystem<?> system, Clock clock, ActorRef<MatchDirectory.Command> directory) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY,
                        ctx -> MatchInbox.create(ctx.getEntityId(), clock, directory, ctx.getShard()))
                .withSettings(ArenaLifecycle.selfDriven(system)));
    }

    /** The event-sourced match behind its inbox; house bots send their commands to {@code inbox}. */
    static Behavior<Command> create(String matchId, Clock clock, ActorRef<MatchDirectory.Command> directory,
                                    ActorRef<Command> inbox) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers ->
                new MatchEntity(matchId, ctx, timers, clock, directory, inbox)));
    }

    public static String persistenceId(String matchId) {
        return PersistenceId.of(TYPE_KEY.name(), matchId).id();
    }

    private final String matchId;
    private final Clock clock;
    private final ActorRef<Command> inbox;
    private final ArenaMetrics metrics;
    private final MatchTimers timers;
    private final MatchSideEffects sideEffects;
    private final MatchSnapshots snapshots;
    private final ActorContext<Command> ctx;

    private final RefusalLog refusals = new RefusalLog();
    private final PendingWrite pending = new PendingWrite(refusals);
    private final LifecycleCommands lifecycle;
    private final TradingCommands trading;
    private final DecisionCommands decisions;
    private final ReadyCommands readiness;
    /** The round whose opening the regulator has yet to rule on (0: none); a lockstep round waits for it. */
    private int regulatorDueRound;

    private MatchEntity(String matchId, ActorContext<Command> ctx, TimerScheduler<Command> timers, Clock clock,
                        ActorRef<MatchDirectory.Command> directory, ActorRef<Command> inbox) {
        super(PersistenceId.of(TYPE_KEY.name(), matchId));
        this.matchId = matchId;
        this.clock = clock;
        this.inbox = inbox;
        this.ctx = ctx;
        this.snapshots = new MatchSnapshots(ctx.getSystem(), persistenceId().id(), snapshotPluginId(), clock);
        this.metrics = ArenaMetrics.get(ctx.getSystem());
        this.timers = new MatchTimers(timers, clock, ctx.getSystem());
        this.lifecycle = new LifecycleCommands(matchId, clock, pending);
        this.trading = new TradingCommands(clock, pending);
        this.decisions = new DecisionCommands(clock, pending);
        this.readiness = new ReadyCommands(clock, pending, lifecycle);
        this.sideEffects = new MatchSideEffects(Topics.get(ctx.getSystem()).topic(MatchEvent.class, "match", matchId),
                metrics, this.timers, new HouseBots(ctx, inbox, clock), directory,
                ctx.spawn(Regulator.create(inbox), "regulator"));
    }

    @Override
    public MatchState emptyState() {
        return new MatchState(matchId);
    }

    /** Snapshots are {@link MatchSnapshots}' (saved beside the writes), which also deletes the old ones. */
    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.disabled();
    }

    @Override
    public SnapshotAdapter<MatchState> snapshotAdapter() {
        return MatchSnapshotAdapter.INSTANCE;
    }

    @Override
    public EventHandler<MatchState, MatchEvent> eventHandler() {
        // Live, events were applied when they were decided; in recovery they are applied here.
        return newEventHandlerBuilder().forAnyState()
                .onAnyEvent((state, event) -> event.seq() <= state.seq() ? state : state.apply(event));
    }

    @Override
    public SignalHandler<MatchState> signalHandler() {
        return newSignalHandlerBuilder()
                .onSignal(RecoveryCompleted.instance(), sideEffects::recovered)
                .build();
    }

    @Override
    public CommandHandler<Command, MatchEvent, MatchState> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Batch.class, this::onBatch)
                .onCommand(Wake.class, (s, c) -> Effect().none())
                .onCommand(SnapshotStored.class, (s, c) -> {
                    snapshots.stored(c, ctx.getLog());
                    return Effect().none();
                })
                .onCommand(Retire.class, (s, c) -> {
                    inbox.tell(Retire.INSTANCE);
                    return Effect().none();
                })
                .onAnyCommand(this::onSingle);
    }

    // ---- group commit --------------------------------------------------------------------

    /** Decides every command of a batch in order, then writes all their events at once. */
    private Effect<MatchEvent, MatchState> onBatch(MatchState state, Batch batch) {
        for (Command c : batch.commands()) {
            decide(state, c);
        }
        return flush(batch.inbox());
    }

    private Effect<MatchEvent, MatchState> onSingle(MatchState state, Command command) {
        decide(state, command);
        return flush(null);
    }

    private void decide(MatchState s, Command c) {
        if (c instanceof PlaceOrder cmd) {
            acting(s, cmd.playerId(), "POST orders");
            trading.placeOrder(s, cmd);
        } else if (c instanceof CancelOrder cmd) {
            acting(s, cmd.playerId(), "DELETE orders/" + cmd.orderId());
            trading.cancelOrder(s, cmd);
        } else if (c instanceof SetDecisions cmd) {
            acting(s, cmd.playerId(), "PUT decisions");
            decisions.setDecisions(s, cmd);
        } else if (c instanceof Ready cmd) {
            acting(s, cmd.playerId(), "POST ready");
            readiness.ready(s, cmd, s.created() && regulatorDueRound == s.market().round());
        } else if (c instanceof GetMyRefusals cmd) {
            Rejection refused = Refusals.checkSeat(s, cmd.playerId());
            if (refused != null) {
                pending.reject(cmd.replyTo(), refused);
            } else {
                pending.reply(cmd.replyTo(), new MyRefusals(refusals.of(cmd.playerId())));
            }
        } else if (c == StartDue.INSTANCE) {
            lifecycle.startIfDue(s);
        } else if (c instanceof GetMyFirm cmd) {
            decisions.myFirm(s, cmd);
        } else if (c instanceof Create cmd) {
            lifecycle.create(s, cmd);
        } else if (c instanceof Join cmd) {
            lifecycle.join(s, cmd);
        } else if (c instanceof Control cmd) {
            lifecycle.control(s, cmd);
        } else if (c instanceof Broadcast cmd) {
            lifecycle.broadcast(s, cmd);
        } else if (c instanceof Tick cmd) {
            onTick(s, cmd);
        } else if (c instanceof Impose cmd) {
            lifecycle.impose(s, cmd);
            if (cmd.forRound() == regulatorDueRound) {
                regulatorDueRound = 0;
                readiness.endIfAllReady(s);
            }
        } else if (c instanceof ChangePolicy cmd) {
            lifecycle.changePolicy(s, cmd);
        } else if (c instanceof GetDetails cmd) {
            pending.read(s, cmd.replyTo(), () -> new Details(MatchViews.details(s)));
        } else if (c instanceof GetBook cmd) {
            pending.read(s, cmd.replyTo(), () -> new Book(MatchViews.book(s)));
        } else if (c instanceof GetStreamSnapshot cmd) {
            pending.read(s, cmd.replyTo(), () -> new StreamSnapshot(MatchViews.details(s), MatchViews.book(s)));
        }
        pending.done();
    }

    /** The refusals of the request decided next are the player's: the refusal log keeps them. */
    private void acting(MatchState s, String playerId, String request) {
        pending.acting(playerId, request, now(), s.created() ? s.market().round() : 0);
    }

    private void onTick(MatchState state, Tick tick) {
        if (state.status() != MatchStatus.RUNNING || state.market().round() != tick.round()) {
            return;
        }
        long at = now();
        if (at < state.deadline()) {
            // The scheduler may fire a few milliseconds early; a round never ends before its deadline.
            timers.round(state);
            return;
        }
        lifecycle.endRound(state, at);
    }

    private Effect<MatchEvent, MatchState> flush(ActorRef<Command> inbox) {
        PendingWrite.Drained batch = pending.drain();
        List<MatchEvent> events = batch.events();
        List<Runnable> replies = batch.replies();
        if (events.isEmpty()) {
            replies.forEach(Runnable::run);
            if (inbox != null) {
                inbox.tell(BatchWritten.INSTANCE);
            }
            return Effect().none();
        }
        long started = System.nanoTime();
        return Effect().persist(events).thenRun(s -> {
            metrics.persisted(TYPE_KEY.name(), Duration.ofNanos(System.nanoTime() - started));
            replies.forEach(Runnable::run);
            long last = lastSequenceNumber(ctx);
            snapshots.written(ctx, s, last - events.size() + 1, last);
            int due = sideEffects.written(s, events);
            if (due >= 0) {
                regulatorDueRound = due;
            }
            if (inbox != null) {
                inbox.tell(BatchWritten.INSTANCE);
            }
        });
    }

    private long now() {
        return clock.millis();
    }
}
