package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.pubsub.Topic;
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
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.MarketPhase;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.Standings;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.view.ApiViews;
import dev.involution.arena.pubsub.Topics;
import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.MatchDetails;
import dev.involution.bots.api.MyFirm;
import dev.involution.bots.api.OrderResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

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
    private static final String ROUND_TIMER = "round";
    private static final String RETIRE_TIMER = "retire";
    private static final int SNAPSHOT_EVERY = 1_000;

    // ---- protocol ------------------------------------------------------------------------

    public sealed interface Command extends CborSerializable {
    }

    public record Create(MatchSettings settings, ActorRef<Reply> replyTo) implements Command {
    }

    public record Join(String playerId, String name, String idempotencyKey, ActorRef<Reply> replyTo)
            implements Command {
    }

    public record PlaceOrder(String playerId, Side side, long price, long quantity, String clientOrderId,
                             ActorRef<Reply> replyTo) implements Command {
    }

    public record CancelOrder(String playerId, long orderId, String idempotencyKey, ActorRef<Reply> replyTo)
            implements Command {
    }

    public record SetDecisions(String playerId, Decisions decisions, String idempotencyKey, ActorRef<Reply> replyTo)
            implements Command {
    }

    public enum ControlAction { START, PAUSE, RESUME, STOP }

    public record Control(ControlAction action, ActorRef<Reply> replyTo) implements Command {
    }

    /** A message from the admin to everyone in the match, already validated by the edge. */
    public record Broadcast(String text, ActorRef<Reply> replyTo) implements Command {
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
    public record Wake() implements Command {
    }

    /** The entity's own timer: a finished match leaves memory (a later request brings it back from the journal). */
    enum Retire implements Command { INSTANCE }

    private record Tick(int round) implements Command {
    }

    /** Commands gathered by the {@link MatchInbox} while the previous batch was being written. */
    record Batch(List<Command> commands, ActorRef<Command> inbox) implements Command {
    }

    /** Tells the inbox that a batch is durable and its replies are sent. */
    enum BatchWritten implements Command { INSTANCE }

    /** What a command handler did: it staged its events and reply (or nothing) into the current batch. */
    private enum Staged { DONE }

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

    public record DecisionsAccepted(dev.involution.bots.api.Decisions decisions) implements Reply {
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
    private final ActorContext<Command> ctx;
    private final TimerScheduler<Command> timers;
    private final Clock clock;
    private final ActorRef<MatchDirectory.Command> directory;
    private final ActorRef<Command> inbox;
    private final ArenaMetrics metrics;
    private final ActorRef<Topic.Command<MatchEvent>> topic;
    private final ActorRef<Regulator.Command> regulator;
    private final Map<Integer, ActorRef<HouseBot.Command>> houseBots = new HashMap<>();

    private final List<MatchEvent> pendingEvents = new ArrayList<>();
    private final List<Runnable> pendingReplies = new ArrayList<>();

    private MatchEntity(String matchId, ActorContext<Command> ctx, TimerScheduler<Command> timers, Clock clock,
                        ActorRef<MatchDirectory.Command> directory, ActorRef<Command> inbox) {
        super(PersistenceId.of(TYPE_KEY.name(), matchId));
        this.matchId = matchId;
        this.ctx = ctx;
        this.timers = timers;
        this.clock = clock;
        this.directory = directory;
        this.inbox = inbox;
        this.metrics = ArenaMetrics.get(ctx.getSystem());
        this.topic = Topics.get(ctx.getSystem()).topic(MatchEvent.class, "match", matchId);
        this.regulator = ctx.spawn(Regulator.create(inbox), "regulator");
    }

    @Override
    public MatchState emptyState() {
        return new MatchState(matchId);
    }

    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(SNAPSHOT_EVERY, 2);
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
                .onSignal(RecoveryCompleted.instance(), this::afterRecovery)
                .build();
    }

    private void afterRecovery(MatchState state) {
        if (state.created()) {
            retireOnceFinished(state);
            scheduleTick(state);
            startHouseBots(state);
            reportToDirectory(state);
        }
    }

    @Override
    public CommandHandler<Command, MatchEvent, MatchState> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Batch.class, this::onBatch)
                .onCommand(Wake.class, (s, c) -> Effect().none())
                .onCommand(Retire.class, (s, c) -> {
                    inbox.tell(Retire.INSTANCE);
                    return Effect().none();
                })
                .onAnyCommand(this::onSingle);
    }

    // ---- group commit --------------------------------------------------------------------

    /** Adds decided events and a reply to the pending batch; the reply is sent once the batch is durable. */
    private Staged stage(List<MatchEvent> events, Runnable reply) {
        pendingEvents.addAll(events);
        pendingReplies.add(reply);
        return Staged.DONE;
    }

    private Staged reply(ActorRef<Reply> replyTo, Reply reply) {
        return stage(List.of(), () -> replyTo.tell(reply));
    }

    private Staged reject(ActorRef<Reply> replyTo, Rejection rejection) {
        return reply(replyTo, new Rejected(rejection));
    }

    /** Reads wait behind pending writes, so they never show state that is not yet durable. */
    private Staged read(MatchState state, ActorRef<Reply> replyTo,
                                                Supplier<Reply> view) {
        if (!state.created()) {
            return reject(replyTo, noSuchMatch());
        }
        Reply r = view.get();
        return stage(List.of(), () -> replyTo.tell(r));
    }

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

    private Staged decide(MatchState s, Command c) {
        if (c instanceof Create cmd) {
            return onCreate(s, cmd);
        } else if (c instanceof Join cmd) {
            return onJoin(s, cmd);
        } else if (c instanceof PlaceOrder cmd) {
            return onPlaceOrder(s, cmd);
        } else if (c instanceof CancelOrder cmd) {
            return onCancelOrder(s, cmd);
        } else if (c instanceof SetDecisions cmd) {
            return onSetDecisions(s, cmd);
        } else if (c instanceof Control cmd) {
            return onControl(s, cmd);
        } else if (c instanceof Broadcast cmd) {
            return onBroadcast(s, cmd);
        } else if (c instanceof Tick cmd) {
            return onTick(s, cmd);
        } else if (c instanceof Impose cmd) {
            return onImpose(s, cmd);
        } else if (c instanceof ChangePolicy cmd) {
            return onChangePolicy(s, cmd);
        } else if (c instanceof GetDetails cmd) {
            return read(s, cmd.replyTo(), () -> new Details(MatchViews.details(s)));
        } else if (c instanceof GetBook cmd) {
            return read(s, cmd.replyTo(), () -> new Book(MatchViews.book(s)));
        } else if (c instanceof GetStreamSnapshot cmd) {
            return read(s, cmd.replyTo(), () -> new StreamSnapshot(MatchViews.details(s), MatchViews.book(s)));
        } else if (c instanceof GetMyFirm cmd) {
            return onGetMyFirm(s, cmd);
        }
        return Staged.DONE;
    }

    private Effect<MatchEvent, MatchState> flush(ActorRef<Command> inbox) {
        List<MatchEvent> events = List.copyOf(pendingEvents);
        List<Runnable> replies = List.copyOf(pendingReplies);
        pendingEvents.clear();
        pendingReplies.clear();
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
            afterWrite(s, events, replies);
            if (inbox != null) {
                inbox.tell(BatchWritten.INSTANCE);
            }
        });
    }

    private void afterWrite(MatchState state, List<MatchEvent> events, List<Runnable> replies) {
        replies.forEach(Runnable::run);
        boolean roundChanged = false;
        boolean lifecycleChanged = false;
        long orders = 0;
        long trades = 0;
        for (MatchEvent e : events) {
            topic.tell(Topic.publish(e));
            if (e instanceof MatchEvent.OrderPlaced placed) {
                orders++;
                trades += placed.fills().size();
            }
            if (e instanceof MatchEvent.RoundSettled || e instanceof MatchEvent.MatchStarted) {
                roundChanged = true;
            }
            if (!(e instanceof MatchEvent.OrderPlaced || e instanceof MatchEvent.OrderCancelled
                    || e instanceof MatchEvent.DecisionsSet || e instanceof MatchEvent.MessageBroadcast)) {
                lifecycleChanged = true;
            }
        }
        metrics.ordersPlaced(orders);
        metrics.tradesExecuted(trades);
        if (lifecycleChanged) {
            scheduleTick(state);
            reportToDirectory(state);
            if (state.status() == MatchStatus.FINISHED) {
                houseBots.values().forEach(ctx::stop);
                houseBots.clear();
                retireOnceFinished(state);
            } else {
                startHouseBots(state);
            }
        }
        if (roundChanged && state.status() == MatchStatus.RUNNING) {
            tellHouseBotsRoundOpened(state);
        }
        if (state.status() == MatchStatus.RUNNING && events.stream().anyMatch(MatchEvent.RoundSettled.class::isInstance)) {
            List<Intervention> ending = events.stream().filter(MatchEvent.InterventionLifted.class::isInstance)
                    .map(e -> ((MatchEvent.InterventionLifted) e).intervention()).toList();
            RegulatorPolicy.Input input = new RegulatorPolicy.Input(state.market().config(), state.market().reports(),
                    state.market().interventions(), ending, state.market().round());
            regulator.tell(new Regulator.RoundSettled(input, state.policy(), state.policySettings()));
        }
    }

    private long now() {
        return clock.millis();
    }

    // ---- commands ------------------------------------------------------------------------

    private Staged onCreate(MatchState state, Create cmd) {
        if (state.created()) {
            return reject(cmd.replyTo(), Rejection.of(Rejection.Kind.CONFLICT, "MATCH_EXISTS",
                    "a match with this id already exists"));
        }
        long at = now();
        List<MatchEvent> events = new ArrayList<>();
        events.add(stageEvent(state, new MatchEvent.MatchCreated(state.seq() + 1, at, matchId, cmd.settings())));
        List<String> bots = cmd.settings().houseBots();
        for (int i = 0; i < bots.size(); i++) {
            String name = bots.get(i) + " #" + (i + 1);
            SeatHolder holder = new SeatHolder(i, houseId(i), name, SeatKind.HOUSE, bots.get(i));
            events.add(stageEvent(state, new MatchEvent.SeatTaken(state.seq() + 1, at, holder, null)));
        }
        List<MatchSettings.SeatedPlayer> players = cmd.settings().players();
        for (int i = 0; i < players.size(); i++) {
            SeatHolder holder = new SeatHolder(bots.size() + i, players.get(i).playerId(), players.get(i).name(),
                    SeatKind.PLAYER, null);
            events.add(stageEvent(state, new MatchEvent.SeatTaken(state.seq() + 1, at, holder, null)));
        }
        return stage(events, () -> cmd.replyTo().tell(new Created(matchId)));
    }

    private static String houseId(int firmId) {
        return "house-" + firmId;
    }

    private static MatchEvent stageEvent(MatchState state, MatchEvent event) {
        state.apply(event);
        return event;
    }

    private Staged onJoin(MatchState state, Join cmd) {
        if (!state.created()) {
            return reject(cmd.replyTo(), noSuchMatch());
        }
        Integer seated = state.firmOf(cmd.playerId());
        if (seated != null) {
            return reply(cmd.replyTo(), new Joined(seated));
        }
        if (state.status() == MatchStatus.FINISHED) {
            return reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
        }
        if (!state.settings().open()) {
            return reject(cmd.replyTo(), Rejection.of(Rejection.Kind.FORBIDDEN, "SEAT_RESERVED",
                    "the seats of this match are reserved for its tournament's entrants"));
        }
        if (state.market().firmCount() >= state.settings().market().maxFirms()) {
            return reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FULL));
        }
        for (SeatHolder seat : state.seats()) {
            if (seat.sameNameAs(cmd.name())) {
                return reject(cmd.replyTo(), new Rejection(Rejection.Kind.CONFLICT, "NAME_TAKEN",
                        "a firm in this match is already called '" + seat.name()
                                + "'; join under another name (body {\"name\": \"...\"})", "name"));
            }
        }
        int firmId = state.market().firmCount();
        SeatHolder holder = new SeatHolder(firmId, cmd.playerId(), cmd.name(), SeatKind.PLAYER, null);
        MatchEvent e = stageEvent(state, new MatchEvent.SeatTaken(state.seq() + 1, now(), holder, cmd.idempotencyKey()));
        return stage(List.of(e), () -> cmd.replyTo().tell(new Joined(firmId)));
    }

    private Staged onPlaceOrder(MatchState state, PlaceOrder cmd) {
        Rejection refused = checkSeat(state, cmd.playerId());
        if (refused != null) {
            return reject(cmd.replyTo(), refused);
        }
        int firmId = state.firmOf(cmd.playerId());
        if (cmd.clientOrderId() != null) {
            MatchState.KeyedResult earlier = state.keyed(MatchState.orderKey(firmId, cmd.clientOrderId()));
            if (earlier != null) {
                if (!earlier.fingerprint().equals(MatchState.orderFingerprint(cmd.side(), cmd.price(), cmd.quantity()))) {
                    return reject(cmd.replyTo(), keyReused("clientOrderId"));
                }
                return reply(cmd.replyTo(), new OrderAccepted(MatchViews.orderResult(earlier.value(), cmd.quantity(),
                        earlier.fills(), earlier.restingQuantity())));
            }
        }
        refused = checkTrading(state);
        if (refused != null) {
            return reject(cmd.replyTo(), refused);
        }
        MatchState.Placed placed = state.placeOrderLive(now(), firmId, cmd.side(), cmd.price(), cmd.quantity(),
                cmd.clientOrderId());
        if (!placed.code().ok()) {
            Intervention rule = placed.code() == ResultCode.SHARE_CAP_REACHED
                    ? state.market().ruleAgainstOrder(firmId, cmd.side(), cmd.quantity()) : null;
            return reject(cmd.replyTo(), rule != null ? Rejection.byRule(placed.code(), rule, "quantity")
                    : Rejection.of(placed.code()));
        }
        MatchEvent.OrderPlaced e = placed.event();
        List<Fill> fills = e.fills();
        OrderResult result = MatchViews.orderResult(e.orderId(), e.quantity(), fills, e.restingQuantity());
        return stage(List.of(e), () -> cmd.replyTo().tell(new OrderAccepted(result)));
    }

    private Staged onCancelOrder(MatchState state, CancelOrder cmd) {
        Rejection refused = checkSeat(state, cmd.playerId());
        if (refused != null) {
            return reject(cmd.replyTo(), refused);
        }
        int firmId = state.firmOf(cmd.playerId());
        Staged retry = replayKeyed(state, cmd.playerId(), cmd.idempotencyKey(),
                "cancel:" + cmd.orderId(), cmd.replyTo(), v -> new OrderCancelled(v));
        if (retry != null) {
            return retry;
        }
        refused = checkTrading(state);
        if (refused != null) {
            return reject(cmd.replyTo(), refused);
        }
        long[] owner = {Long.MIN_VALUE};
        state.market().book().lookup(cmd.orderId(), (id, o, side, price, remaining) -> owner[0] = o);
        if (owner[0] == Long.MIN_VALUE) {
            return reject(cmd.replyTo(), Rejection.of(ResultCode.UNKNOWN_ORDER));
        }
        if (owner[0] != firmId) {
            return reject(cmd.replyTo(), Rejection.of(ResultCode.NOT_ORDER_OWNER));
        }
        MatchEvent e = stageEvent(state, new MatchEvent.OrderCancelled(state.seq() + 1, now(), firmId, cmd.orderId(),
                cmd.idempotencyKey()));
        return stage(List.of(e), () -> cmd.replyTo().tell(new OrderCancelled(cmd.orderId())));
    }

    private Staged onSetDecisions(MatchState state, SetDecisions cmd) {
        Rejection refused = checkSeat(state, cmd.playerId());
        if (refused != null) {
            return reject(cmd.replyTo(), refused);
        }
        int firmId = state.firmOf(cmd.playerId());
        Staged retry = replayKeyed(state, cmd.playerId(), cmd.idempotencyKey(),
                MatchState.decisionsFingerprint(cmd.decisions()), cmd.replyTo(),
                v -> new DecisionsAccepted(ApiViews.decisions(cmd.decisions())));
        if (retry != null) {
            return retry;
        }
        if (state.status() == MatchStatus.FINISHED) {
            return reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
        }
        ResultCode check = cmd.decisions().validate();
        if (check.ok() && state.market().phase() == MarketPhase.LOBBY) {
            check = ResultCode.MATCH_NOT_STARTED;
        }
        if (check.ok() && !state.market().firm(firmId).active()) {
            check = ResultCode.FIRM_BANKRUPT;
        }
        if (!check.ok()) {
            return reject(cmd.replyTo(), Rejection.of(check));
        }
        Intervention rule = state.market().ruleAgainstDecisions(firmId, cmd.decisions());
        if (rule != null) {
            return reject(cmd.replyTo(), Rejection.byRule(Market.codeOf(rule), rule,
                    rule.kind() == InterventionKind.GIVEAWAY_CAP ? "bounty" : "price"));
        }
        MatchEvent e = stageEvent(state, new MatchEvent.DecisionsSet(state.seq() + 1, now(), firmId, cmd.decisions(),
                cmd.idempotencyKey()));
        return stage(List.of(e), () -> cmd.replyTo().tell(new DecisionsAccepted(ApiViews.decisions(cmd.decisions()))));
    }

    /** A retry with a known idempotency key: the original answer, or a refusal if the request differs. */
    private Staged replayKeyed(MatchState state, String playerId, String key,
                                                       String fingerprint, ActorRef<Reply> replyTo,
                                                       LongFunction<Reply> answer) {
        if (key == null) {
            return null;
        }
        MatchState.KeyedResult earlier = state.keyed(MatchState.actionKey(playerId, key));
        if (earlier == null) {
            return null;
        }
        if (!earlier.fingerprint().equals(fingerprint)) {
            return reject(replyTo, keyReused("Idempotency-Key"));
        }
        return reply(replyTo, answer.apply(earlier.value()));
    }

    /** Whether the match exists and the player holds a seat in it: null if so, else the refusal. */
    private static Rejection checkSeat(MatchState state, String playerId) {
        if (!state.created()) {
            return noSuchMatch();
        }
        return state.firmOf(playerId) == null ? noSeat() : null;
    }

    /**
     * Whether orders can be placed and cancelled now: null if so, else the refusal. Checked after
     * idempotent retries, which get their original answer whatever the match does now.
     */
    private static Rejection checkTrading(MatchState state) {
        return switch (state.status()) {
            case OPEN -> Rejection.of(ResultCode.MATCH_NOT_STARTED);
            case PAUSED -> Rejection.of(Rejection.Kind.CONFLICT, "MATCH_PAUSED",
                    "the match is paused; trading resumes when it resumes");
            case FINISHED -> Rejection.of(ResultCode.MATCH_FINISHED);
            case RUNNING -> null;
        };
    }

    private Staged onControl(MatchState state, Control cmd) {
        if (!state.created()) {
            return reject(cmd.replyTo(), noSuchMatch());
        }
        long at = now();
        MatchStatus status = state.status();
        MatchEvent event;
        switch (cmd.action()) {
            case START -> {
                if (status != MatchStatus.OPEN) {
                    return status == MatchStatus.FINISHED ? reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED))
                            : reply(cmd.replyTo(), new ControlDone(status));
                }
                if (state.market().firmCount() < 2) {
                    return reject(cmd.replyTo(), Rejection.of(ResultCode.NOT_ENOUGH_FIRMS));
                }
                event = new MatchEvent.MatchStarted(state.seq() + 1, at, at + state.settings().roundMillis());
            }
            case PAUSE -> {
                if (status != MatchStatus.RUNNING) {
                    return status == MatchStatus.PAUSED ? reply(cmd.replyTo(), new ControlDone(status))
                            : reject(cmd.replyTo(), notIn(status, "pause"));
                }
                event = new MatchEvent.MatchPaused(state.seq() + 1, at, Math.max(0, state.deadline() - at));
            }
            case RESUME -> {
                if (status != MatchStatus.PAUSED) {
                    return status == MatchStatus.RUNNING ? reply(cmd.replyTo(), new ControlDone(status))
                            : reject(cmd.replyTo(), notIn(status, "resume"));
                }
                event = new MatchEvent.MatchResumed(state.seq() + 1, at, at + state.remainingMillis());
            }
            case STOP -> {
                if (status == MatchStatus.FINISHED) {
                    return reply(cmd.replyTo(), new ControlDone(status));
                }
                event = new MatchEvent.MatchFinished(state.seq() + 1, at, true,
                        Standings.rank(state.market().firms()));
            }
            default -> throw new IllegalArgumentException(cmd.action().name());
        }
        stageEvent(state, event);
        return stage(List.of(event), () -> cmd.replyTo().tell(new ControlDone(state.status())));
    }

    private Staged onBroadcast(MatchState state, Broadcast cmd) {
        if (!state.created()) {
            return reject(cmd.replyTo(), noSuchMatch());
        }
        MatchEvent e = stageEvent(state, new MatchEvent.MessageBroadcast(state.seq() + 1, now(), cmd.text()));
        return stage(List.of(e), () -> cmd.replyTo().tell(new Broadcasted(e.seq())));
    }

    private static Rejection notIn(MatchStatus status, String action) {
        return Rejection.of(Rejection.Kind.CONFLICT, "MATCH_" + status.name(),
                "cannot " + action + " a match that is " + status.name().toLowerCase());
    }

    private Staged onTick(MatchState state, Tick tick) {
        if (state.status() != MatchStatus.RUNNING || state.market().round() != tick.round()) {
            return Staged.DONE;
        }
        long at = now();
        long deadline = state.deadline();
        if (at < deadline) {
            // The scheduler may fire a few milliseconds early; a round never ends before its deadline.
            scheduleTick(state);
            return Staged.DONE;
        }
        long roundMillis = state.settings().roundMillis();
        long next = deadline + roundMillis > at ? deadline + roundMillis : at + roundMillis;
        boolean last = state.market().round() >= state.settings().market().rounds();
        List<MatchEvent> events = new ArrayList<>();
        events.add(state.settleLive(at, last ? 0 : next));
        for (Intervention ended : state.market().expiredInterventions()) {
            events.add(stageEvent(state, new MatchEvent.InterventionLifted(state.seq() + 1, at, ended)));
        }
        if (state.market().phase() == MarketPhase.FINISHED) {
            events.add(stageEvent(state, new MatchEvent.MatchFinished(state.seq() + 1, at, false,
                    Standings.rank(state.market().firms()))));
        }
        return stage(events, () -> { });
    }

    private Staged onImpose(MatchState state, Impose cmd) {
        if (state.status() == MatchStatus.FINISHED || state.market().round() != cmd.forRound()) {
            return Staged.DONE;
        }
        long at = now();
        List<MatchEvent> events = new ArrayList<>();
        for (Intervention proposal : cmd.proposals()) {
            events.add(state.imposeLive(at, proposal));
        }
        return stage(events, () -> { });
    }

    private Staged onChangePolicy(MatchState state, ChangePolicy cmd) {
        if (!state.created()) {
            return reject(cmd.replyTo(), noSuchMatch());
        }
        if (state.status() == MatchStatus.FINISHED) {
            return reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
        }
        if (!Policies.exists(cmd.policy())) {
            return reject(cmd.replyTo(), new Rejection(Rejection.Kind.INVALID, "INVALID_POLICY",
                    "unknown policy '" + cmd.policy() + "'; known: " + Policies.NAMES, "policy"));
        }
        MatchEvent e = stageEvent(state, new MatchEvent.PolicyChanged(state.seq() + 1, now(), cmd.policy(),
                cmd.settings()));
        return stage(List.of(e), () -> cmd.replyTo().tell(new PolicySet(cmd.policy(), cmd.settings())));
    }

    private Staged onGetMyFirm(MatchState state, GetMyFirm cmd) {
        Rejection refused = checkSeat(state, cmd.playerId());
        if (refused != null) {
            return reject(cmd.replyTo(), refused);
        }
        int firmId = state.firmOf(cmd.playerId());
        return read(state, cmd.replyTo(), () -> new Mine(MatchViews.myFirm(state, firmId)));
    }

    private static Rejection noSuchMatch() {
        return Rejection.of(Rejection.Kind.NOT_FOUND, "UNKNOWN_MATCH", "no match with this id");
    }

    private static Rejection noSeat() {
        return Rejection.of(Rejection.Kind.FORBIDDEN, "NO_SEAT", "you hold no seat in this match; join it first");
    }

    private static Rejection keyReused(String field) {
        return new Rejection(Rejection.Kind.KEY_REUSED, "IDEMPOTENCY_KEY_REUSED",
                "this key was already used for a different request", field);
    }

    // ---- timers, house bots, directory ---------------------------------------------------

    private void scheduleTick(MatchState state) {
        if (state.status() != MatchStatus.RUNNING) {
            timers.cancel(ROUND_TIMER);
            return;
        }
        long delay = Math.max(0, state.deadline() - now());
        timers.startSingleTimer(ROUND_TIMER, new Tick(state.market().round()), Duration.ofMillis(delay));
    }

    private void startHouseBots(MatchState state) {
        if (state.status() == MatchStatus.FINISHED) {
            return;
        }
        for (SeatHolder seat : state.seats()) {
            if (seat.kind() == SeatKind.HOUSE && !houseBots.containsKey(seat.firmId())) {
                ActorRef<HouseBot.Command> bot = ctx.spawn(
                        HouseBot.create(inbox, seat.playerId(), seat.strategy(), state.settings().seed()),
                        "house-bot-" + seat.firmId());
                houseBots.put(seat.firmId(), bot);
            }
        }
        if (state.status() == MatchStatus.RUNNING) {
            tellHouseBotsRoundOpened(state);
        }
    }

    private void tellHouseBotsRoundOpened(MatchState state) {
        long remaining = Math.max(0, state.deadline() - now());
        houseBots.forEach((firmId, bot) -> {
            if (state.market().firm(firmId).active()) {
                bot.tell(new HouseBot.RoundOpened(state.market().round(),
                        ApiViews.marketView(state.market(), state.lastReport()),
                        ApiViews.ownFirm(state.market().firm(firmId)), remaining));
            }
        });
    }

    /** A finished match leaves memory after a while; anything asked of it later brings it back. */
    private void retireOnceFinished(MatchState state) {
        if (state.status() == MatchStatus.FINISHED && !timers.isTimerActive(RETIRE_TIMER)) {
            timers.startSingleTimer(RETIRE_TIMER, Retire.INSTANCE, ArenaLifecycle.retireAfter(ctx.getSystem()));
        }
    }

    private void reportToDirectory(MatchState state) {
        directory.tell(new MatchDirectory.MatchChanged(MatchViews.summary(state)));
    }
}
