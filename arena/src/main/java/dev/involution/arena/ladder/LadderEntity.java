package dev.involution.arena.ladder;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.cluster.typed.ClusterSingleton;
import akka.cluster.typed.SingletonActor;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.RecoveryCompleted;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.Effect;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import akka.persistence.typed.javadsl.SignalHandler;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.ladder.Matchmaking;
import dev.involution.arena.match.Matches;
import dev.involution.arena.match.Rejection;
import dev.involution.bots.api.LadderMatch;
import dev.involution.bots.api.LadderMember;
import dev.involution.bots.api.LadderPlayer;
import dev.involution.bots.api.LadderView;
import dev.involution.bots.api.NextMatch;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The always-on rated ladder: one event-sourced entity, run as a cluster singleton, that keeps its
 * members and is its own matchmaker. Every tick it follows its matches (creating any it has opened
 * but not created yet, recording each result once) and opens new ones from the players waiting
 * ({@link Matchmaking}). A match is persisted as opened before it is created, and results are
 * recorded only once, so a restart at any point loses or doubles nothing: the recovered ladder
 * creates what it had opened (the match answers that it exists) and goes on following it.
 *
 * <p>The no-show rule: a player whose firm never acted in a match (no decisions, no order, no
 * ready) missed it; it played on with its standing decisions. After
 * {@code pauseAfterMisses} misses in a row it is paused: no new matches until it joins again.
 */
public final class LadderEntity extends EventSourcedBehavior<LadderEntity.Command, LadderEvent, LadderState> {

    private static final String TICK_TIMER = "tick";

    public sealed interface Command extends CborSerializable {
    }

    public record Join(String playerId, String name, ActorRef<Reply> replyTo) implements Command {
    }

    public record Leave(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    public record GetView(ActorRef<Reply> replyTo) implements Command {
    }

    public record GetMember(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    public record GetPlayer(String entrantId, ActorRef<Reply> replyTo) implements Command {
    }

    public record GetMatches(int limit, ActorRef<Reply> replyTo) implements Command {
    }

    public record GetPlayerMatches(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    private enum Tick implements Command { INSTANCE }

    private record Created(String matchId, Throwable failure) implements Command {
    }

    private record Polled(String matchId, List<LadderEvent.Result> results, Throwable failure) implements Command {
    }

    public sealed interface Reply extends CborSerializable {
    }

    public record Member(LadderMember member, boolean isNew) implements Reply {
    }

    public record LeftLadder(String playerId) implements Reply {
    }

    public record View(LadderView view) implements Reply {
    }

    public record Player(LadderPlayer player) implements Reply {
    }

    public record MatchList(List<LadderMatch> matches) implements Reply {
    }

    public record PlayerMatchList(List<NextMatch> matches) implements Reply {
    }

    public record Rejected(Rejection rejection) implements Reply {
    }

    /** Starts the ladder as a cluster singleton; answers the proxy to ask it. */
    public static ActorRef<Command> init(ActorSystem<?> system, Clock clock, Matches matches, LadderSettings settings) {
        return ClusterSingleton.get(system).init(SingletonActor.of(Behaviors.<Command>setup(ctx ->
                Behaviors.withTimers(timers -> new LadderEntity(ctx, timers, clock, new LadderMatches(matches),
                        settings))), "ladder"));
    }

    private final ActorContext<Command> ctx;
    private final TimerScheduler<Command> timers;
    private final Clock clock;
    private final LadderMatches matches;
    private final LadderSettings settings;
    /** Matches this incarnation has created (or is creating), and those it is asking for a result. */
    private final Set<String> created = new HashSet<>();
    private final Set<String> asking = new HashSet<>();

    private LadderEntity(ActorContext<Command> ctx, TimerScheduler<Command> timers, Clock clock, LadderMatches matches,
                         LadderSettings settings) {
        super(PersistenceId.ofUniqueId("ladder"));
        this.ctx = ctx;
        this.timers = timers;
        this.clock = clock;
        this.matches = matches;
        this.settings = settings;
    }

    @Override
    public LadderState emptyState() {
        return new LadderState();
    }

    @Override
    public EventHandler<LadderState, LadderEvent> eventHandler() {
        return newEventHandlerBuilder().forAnyState().onAnyEvent(LadderState::apply);
    }

    @Override
    public SignalHandler<LadderState> signalHandler() {
        return newSignalHandlerBuilder()
                .onSignal(RecoveryCompleted.instance(), state -> timers.startTimerWithFixedDelay(TICK_TIMER,
                        Tick.INSTANCE, Duration.ofMillis(settings.tickMillis())))
                .build();
    }

    @Override
    public CommandHandler<Command, LadderEvent, LadderState> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Join.class, this::onJoin)
                .onCommand(Leave.class, this::onLeave)
                .onCommand(GetView.class, (s, c) -> Effect().reply(c.replyTo(), new View(LadderViews.view(s, settings))))
                .onCommand(GetMember.class, (s, c) -> Effect().reply(c.replyTo(), s.member(c.playerId()) == null
                        ? notOnLadder() : new Member(LadderViews.member(s, settings, s.member(c.playerId())), false)))
                .onCommand(GetPlayer.class, (s, c) -> Effect().reply(c.replyTo(), s.knows(c.entrantId())
                        ? new Player(LadderViews.player(s, c.entrantId()))
                        : new Rejected(Rejection.of(Rejection.Kind.NOT_FOUND, "NOT_ON_LADDER",
                        "no one with this id has played on the ladder"))))
                .onCommand(GetMatches.class, (s, c) -> Effect().reply(c.replyTo(),
                        new MatchList(LadderViews.recent(s, c.limit(), null))))
                .onCommand(GetPlayerMatches.class, (s, c) -> Effect().reply(c.replyTo(), new PlayerMatchList(
                        LadderViews.playerMatches(s, settings, c.playerId(), clock.millis()))))
                .onCommand(Tick.class, (s, c) -> onTick(s))
                .onCommand(Created.class, this::onCreated)
                .onCommand(Polled.class, this::onPolled)
                .build();
    }

    private Effect<LadderEvent, LadderState> onJoin(LadderState state, Join cmd) {
        LadderState.Member known = state.member(cmd.playerId());
        if (known != null && known.onLadder && !known.paused) {
            return Effect().reply(cmd.replyTo(), new Member(LadderViews.member(state, settings, known), false));
        }
        boolean isNew = known == null;
        return Effect().persist(new LadderEvent.Joined(cmd.playerId(), cmd.name(), clock.millis()))
                .thenReply(cmd.replyTo(), s -> new Member(LadderViews.member(s, settings, s.member(cmd.playerId())), isNew));
    }

    private Effect<LadderEvent, LadderState> onLeave(LadderState state, Leave cmd) {
        LadderState.Member known = state.member(cmd.playerId());
        if (known == null || !known.onLadder) {
            return Effect().reply(cmd.replyTo(), notOnLadder());
        }
        return Effect().persist(new LadderEvent.Left(cmd.playerId(), clock.millis()))
                .thenReply(cmd.replyTo(), s -> new LeftLadder(cmd.playerId()));
    }

    private static Rejected notOnLadder() {
        return new Rejected(Rejection.of(Rejection.Kind.NOT_FOUND, "NOT_ON_LADDER", "you are not on the ladder; join it first"));
    }

    // ---- the matchmaker ------------------------------------------------------------------

    /** Follows the matches being played, then opens new ones from the players waiting. */
    private Effect<LadderEvent, LadderState> onTick(LadderState state) {
        for (LadderEvent.MatchOpened m : state.playing()) {
            if (created.add(m.matchId())) {
                ctx.pipeToSelf(matches.open(settings, m), (done, failure) -> new Created(m.matchId(), failure));
            } else if (!asking.contains(m.matchId()) && clock.millis() >= m.startAt()) {
                asking.add(m.matchId());
                ctx.pipeToSelf(matches.resultIfFinished(m.matchId()),
                        (results, failure) -> new Polled(m.matchId(), results, failure));
            }
        }
        int free = settings.maxMatches() - state.playing().size();
        if (free <= 0) {
            return Effect().none();
        }
        long now = clock.millis();
        List<Matchmaking.Table> tables = Matchmaking.tables(state.waiting(settings.matchesPerPlayer()), now,
                settings.seats(), settings.maxWaitMillis(), free);
        if (tables.isEmpty()) {
            return Effect().none();
        }
        List<LadderEvent> opened = new ArrayList<>();
        for (Matchmaking.Table table : tables) {
            opened.add(new LadderEvent.MatchOpened(matches.newMatchId(), matches.newSeed(),
                    now + settings.startDelayMillis(), seats(state, table), now));
        }
        return Effect().persist(opened).thenRun(s -> ctx.getSelf().tell(Tick.INSTANCE));
    }

    /** A table's seats in firm order: the house bots that fill it first (one of each strategy in turn), then its players. */
    private List<LadderEvent.Seat> seats(LadderState state, Matchmaking.Table table) {
        List<LadderEvent.Seat> seats = new ArrayList<>();
        int fillers = settings.seats() - table.players().size();
        List<String> bots = settings.houseBots();
        for (int i = 0; i < fillers; i++) {
            String strategy = bots.get(i % bots.size());
            String id = "house:" + strategy + (i < bots.size() ? "" : "#" + (i / bots.size() + 1));
            seats.add(new LadderEvent.Seat(id, strategy + " (house)", strategy));
        }
        for (String playerId : table.players()) {
            seats.add(new LadderEvent.Seat(playerId, state.member(playerId).name, null));
        }
        return seats;
    }

    private Effect<LadderEvent, LadderState> onCreated(LadderState state, Created msg) {
        if (msg.failure() != null) {
            ctx.getLog().warn("ladder: match {} could not be created, retrying: {}", msg.matchId(),
                    msg.failure().getMessage());
            created.remove(msg.matchId());
        }
        return Effect().none();
    }

    /** Records a finished match once, and pauses the players the no-show rule catches. */
    private Effect<LadderEvent, LadderState> onPolled(LadderState state, Polled msg) {
        asking.remove(msg.matchId());
        LadderEvent.MatchOpened match = state.playing(msg.matchId());
        if (msg.failure() != null || msg.results() == null || match == null) {
            return Effect().none();
        }
        long at = clock.millis();
        List<LadderEvent> events = new ArrayList<>();
        events.add(new LadderEvent.MatchRecorded(msg.matchId(), msg.results(), at));
        for (LadderEvent.Result r : msg.results()) {
            LadderState.Member m = state.member(match.seats().get(r.firmId()).entrantId());
            if (m != null && !r.acted() && !m.paused && m.misses + 1 >= settings.pauseAfterMisses()) {
                events.add(new LadderEvent.Paused(m.id, m.misses + 1, at));
            }
        }
        created.remove(msg.matchId());
        return Effect().persist(events).thenRun(s -> ctx.getSelf().tell(Tick.INSTANCE));
    }
}
