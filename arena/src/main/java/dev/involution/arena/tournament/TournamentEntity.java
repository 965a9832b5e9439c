package dev.involution.arena.tournament;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.pubsub.Topic;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.RecoveryCompleted;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.Effect;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import akka.persistence.typed.javadsl.SignalHandler;
import dev.involution.arena.ArenaLifecycle;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.match.Matches;
import dev.involution.arena.pubsub.Topics;
import dev.involution.arena.match.Rejection;
import dev.involution.bots.api.NextMatch;
import dev.involution.bots.api.TournamentDelta;
import dev.involution.bots.api.TournamentEntrant;
import dev.involution.bots.api.TournamentSummary;
import dev.involution.bots.api.TournamentView;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One tournament: an event-sourced entity that registers entrants, draws the schedule (all rounds
 * at the start for round-robin, round by round for Swiss), plays the matches of the current round,
 * at most {@code parallelMatches} at a time, records each result and rates it. Live matches are
 * arena matches: the tournament persists a match's id before creating it, seats its entrants and
 * starts it, then polls it until it has finished. Fast matches are played with the engine in
 * fast-forward off the actor's thread. After a restart the entity picks up every opened match and
 * replays every unplayed fast match (same seed, same result), so no result is lost or counted twice.
 */
public final class TournamentEntity
        extends EventSourcedBehavior<TournamentEntity.Command, TournamentEvent, TournamentState> {

    public static final EntityTypeKey<Command> TYPE_KEY = EntityTypeKey.create(Command.class, "Tournament");
    private static final String POLL_TIMER = "poll";
    private static final String RETRY_TIMER = "retry";
    private static final String RETIRE_TIMER = "retire";
    /** Deltas kept for stream clients that reconnect with {@code ?from=}. */
    private static final int RECENT_DELTAS = 64;

    // ---- protocol ------------------------------------------------------------------------

    public sealed interface Command extends CborSerializable {
    }

    public record Create(TournamentSettings settings, ActorRef<Reply> replyTo) implements Command {
    }

    public record Register(String playerId, String name, ActorRef<Reply> replyTo) implements Command {
    }

    public record Withdraw(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    public enum ControlAction { START, PAUSE, RESUME, STOP }

    public record Control(ControlAction action, ActorRef<Reply> replyTo) implements Command {
    }

    public record GetView(ActorRef<Reply> replyTo) implements Command {
    }

    /**
     * What a stream client at change number {@code since} needs: the deltas after it, when they
     * are all still kept, or else the whole view ({@code since} &lt; 0 always gets the view).
     */
    public record GetChanges(long since, ActorRef<Reply> replyTo) implements Command {
    }

    /** The players' placings in every played match, for the arena's global leaderboard. */
    public record GetPlacings(ActorRef<Reply> replyTo) implements Command {
    }

    /** The player's drawn matches not yet played, for its "next match" feed. */
    public record GetPlayerMatches(String playerId, ActorRef<Reply> replyTo) implements Command {
    }

    /** Sent by the directory after a restart, so an unfinished tournament goes on by itself. */
    public record Wake() implements Command {
    }

    private enum Advance implements Command { INSTANCE }

    private enum Poll implements Command { INSTANCE }

    /** The entity's own timer: a finished tournament leaves memory (a later request brings it back). */
    private enum Retire implements Command { INSTANCE }

    private record Launched(int number, Throwable failure) implements Command {
    }

    private record Polled(int number, List<SeatResult> results, Throwable failure) implements Command {
    }

    private record Played(int number, List<SeatResult> results, Throwable failure) implements Command {
    }

    public sealed interface Reply extends CborSerializable {
    }

    public record View(TournamentView view) implements Reply {
    }

    /** The answer to {@link GetChanges}: the current change number and either the view or the deltas up to it. */
    public record Changes(long seq, TournamentView view, List<TournamentDelta> deltas) implements Reply {
    }

    public record Summary(TournamentSummary summary) implements Reply {
    }

    public record Registered(TournamentEntrant entrant, boolean isNew) implements Reply {
    }

    public record Withdrawn(String entrantId) implements Reply {
    }

    public record Placings(List<RatedMatch> matches) implements Reply {
    }

    public record PlayerMatchList(List<NextMatch> matches) implements Reply {
    }

    public record Rejected(Rejection rejection) implements Reply {
    }

    /** A played match's placings of players, with when it was recorded, as the global leaderboard replays them. */
    public record RatedMatch(long at, String tournamentId, int number, List<Placing> placings) {
    }

    // ---- wiring --------------------------------------------------------------------------

    /**
     * Starts the tournament entities under Cluster Sharding. A tournament drives itself (it follows
     * its matches), so automatic passivation is off; a finished one retires by itself.
     */
    public static void init(ActorSystem<?> system, Clock clock, Matches matches,
                            ActorRef<TournamentDirectory.Command> directory, Duration pollInterval,
                            Duration retryDelay) {
        ClusterSharding.get(system).init(Entity.of(TYPE_KEY, ctx -> Behaviors.<Command>setup(actor ->
                        Behaviors.withTimers(timers -> new TournamentEntity(ctx.getEntityId(), actor, timers, clock,
                                matches, directory, ctx.getShard(), pollInterval, retryDelay))))
                .withSettings(ArenaLifecycle.selfDriven(system)));
    }

    private final String tournamentId;
    private final ActorContext<Command> ctx;
    private final TimerScheduler<Command> timers;
    private final Clock clock;
    private final ActorRef<TournamentDirectory.Command> directory;
    private final ActorRef<ClusterSharding.ShardCommand> shard;
    private final ActorRef<Topic.Command<TournamentChange>> topic;
    /** The last published view and the deltas before it, for stream clients that resume. */
    private final RecentChanges recent = new RecentChanges(RECENT_DELTAS);
    private final LiveMatches live;
    private final Executor fastPlay;
    private final Duration pollInterval;
    private final Duration retryDelay;
    /** Matches this incarnation is playing or following; rebuilt after a restart by {@link #onAdvance}. */
    private final Set<Integer> inFlight = new HashSet<>();
    private final AdminCommands admin;

    private TournamentEntity(String tournamentId, ActorContext<Command> ctx, TimerScheduler<Command> timers,
                             Clock clock, Matches matches, ActorRef<TournamentDirectory.Command> directory,
                             ActorRef<ClusterSharding.ShardCommand> shard, Duration pollInterval, Duration retryDelay) {
        super(PersistenceId.of(TYPE_KEY.name(), tournamentId));
        this.tournamentId = tournamentId;
        this.ctx = ctx;
        this.timers = timers;
        this.clock = clock;
        this.directory = directory;
        this.shard = shard;
        this.topic = Topics.get(ctx.getSystem()).topic(TournamentChange.class, "tournament", tournamentId);
        this.live = new LiveMatches(matches);
        this.fastPlay = ctx.getSystem().dispatchers().lookup(DispatcherSelector.blocking());
        this.pollInterval = pollInterval;
        this.retryDelay = retryDelay;
        this.admin = new AdminCommands(tournamentId, clock, Effect(), this::changed);
    }

    @Override
    public TournamentState emptyState() {
        return new TournamentState();
    }

    @Override
    public EventHandler<TournamentState, TournamentEvent> eventHandler() {
        return newEventHandlerBuilder().forAnyState().onAnyEvent(TournamentState::apply);
    }

    @Override
    public SignalHandler<TournamentState> signalHandler() {
        return newSignalHandlerBuilder()
                .onSignal(RecoveryCompleted.instance(), state -> {
                    if (state.created()) {
                        changed(state);
                    }
                })
                .build();
    }

    @Override
    public CommandHandler<Command, TournamentEvent, TournamentState> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Create.class, admin::create)
                .onCommand(Register.class, admin::register)
                .onCommand(Withdraw.class, admin::withdraw)
                .onCommand(Control.class, admin::control)
                .onCommand(GetView.class, (state, cmd) -> state.created()
                        ? Effect().reply(cmd.replyTo(), new View(TournamentViews.view(state)))
                        : Effect().reply(cmd.replyTo(), notFound()))
                .onCommand(GetChanges.class, (state, cmd) -> Effect().reply(cmd.replyTo(),
                        state.created() ? recent.changes(state, cmd.since()) : notFound()))
                .onCommand(GetPlacings.class, (state, cmd) -> Effect().reply(cmd.replyTo(),
                        new Placings(TournamentViews.ratedMatches(state))))
                .onCommand(GetPlayerMatches.class, (state, cmd) -> Effect().reply(cmd.replyTo(),
                        new PlayerMatchList(TournamentViews.playerMatches(state, cmd.playerId(), clock.millis()))))
                .onCommand(Wake.class, (state, cmd) -> Effect().none())
                .onCommand(Retire.class, (state, cmd) -> {
                    shard.tell(new ClusterSharding.Passivate<>(ctx.getSelf()));
                    return Effect().none();
                })
                .onCommand(Advance.class, (state, cmd) -> onAdvance(state))
                .onCommand(Poll.class, (state, cmd) -> onPoll(state))
                .onCommand(Launched.class, this::onLaunched)
                .onCommand(Polled.class, (state, cmd) -> record(state, cmd.number(), cmd.results(), cmd.failure()))
                .onCommand(Played.class, (state, cmd) -> record(state, cmd.number(), cmd.results(), cmd.failure()))
                .build();
    }

    // ---- playing -------------------------------------------------------------------------

    /**
     * Moves the tournament on: follows opened live matches this incarnation does not follow yet,
     * finishes the tournament or draws the next Swiss round once a round is played, and starts the
     * current round's waiting matches while fewer than {@code parallelMatches} are in play.
     */
    private Effect<TournamentEvent, TournamentState> onAdvance(TournamentState state) {
        TournamentStatus status = state.status();
        if (!state.created() || status == TournamentStatus.OPEN || status == TournamentStatus.FINISHED) {
            timers.cancel(POLL_TIMER);
            if (status == TournamentStatus.FINISHED && !timers.isTimerActive(RETIRE_TIMER)) {
                timers.startSingleTimer(RETIRE_TIMER, Retire.INSTANCE, ArenaLifecycle.retireAfter(ctx.getSystem()));
            }
            return Effect().none();
        }
        TournamentSettings settings = state.settings();
        if (!settings.fast()) {
            for (DrawnMatch m : state.schedule()) {
                String matchId = state.matchId(m.number());
                if (matchId != null && !state.recorded(m.number()) && inFlight.add(m.number())) {
                    launchLive(settings, m, matchId, state.startAt(m.number()));
                }
            }
        }
        if (status == TournamentStatus.PAUSED) {
            return Effect().none();
        }
        long at = clock.millis();
        if (status == TournamentStatus.STOPPING) {
            boolean playing = settings.fast() ? !inFlight.isEmpty()
                    : state.schedule().stream().anyMatch(m -> state.inPlay(m.number()));
            return playing ? Effect().none()
                    : Effect().persist(new TournamentEvent.Finished(at)).thenRun(this::changed);
        }
        if (state.currentRound() == 0) {
            return state.roundsDrawn() >= settings.rounds()
                    ? Effect().persist(new TournamentEvent.Finished(at)).thenRun(this::changed)
                    : Effect().persist(new TournamentEvent.MatchesDrawn(TournamentDraw.nextRound(settings,
                            state.entrants(), state.schedule(), state.leaderboard()), at)).thenRun(this::changed);
        }
        List<DrawnMatch> unplayed = state.unplayed();
        List<DrawnMatch> waiting = unplayed.stream()
                .filter(m -> settings.fast() ? !inFlight.contains(m.number()) : state.matchId(m.number()) == null)
                .toList();
        long playing = unplayed.size() - waiting.size();
        int free = (int) Math.max(0, settings.parallelMatches() - playing);
        List<DrawnMatch> starting = waiting.subList(0, Math.min(free, waiting.size()));
        if (starting.isEmpty()) {
            return Effect().none();
        }
        if (settings.fast()) {
            for (DrawnMatch m : starting) {
                inFlight.add(m.number());
                ctx.pipeToSelf(CompletableFuture.supplyAsync(() -> FastMatch.play(settings.match(), m), fastPlay),
                        (results, failure) -> new Played(m.number(), results, failure));
            }
            return Effect().none();
        }
        List<TournamentEvent> opened = new ArrayList<>();
        for (DrawnMatch m : starting) {
            opened.add(new TournamentEvent.MatchOpened(m.number(), live.newMatchId(), at));
        }
        return Effect().persist(opened).thenRun(this::changed);
    }

    private void launchLive(TournamentSettings settings, DrawnMatch match, String matchId, long startAt) {
        ctx.pipeToSelf(live.open(tournamentId, settings, match, matchId, startAt),
                (done, failure) -> new Launched(match.number(), failure));
        timers.startTimerWithFixedDelay(POLL_TIMER, Poll.INSTANCE, pollInterval);
    }

    private Effect<TournamentEvent, TournamentState> onLaunched(TournamentState state, Launched msg) {
        if (msg.failure() != null) {
            ctx.getLog().warn("tournament {}: match {} could not be opened, retrying: {}", tournamentId, msg.number(),
                    msg.failure().getMessage());
            inFlight.remove(msg.number());
            timers.startSingleTimer(RETRY_TIMER, Advance.INSTANCE, retryDelay);
            return Effect().none();
        }
        if (state.started(msg.number()) || state.recorded(msg.number())) {
            return Effect().none();
        }
        return Effect().persist(new TournamentEvent.MatchStarted(msg.number(), clock.millis())).thenRun(this::changed);
    }

    private Effect<TournamentEvent, TournamentState> onPoll(TournamentState state) {
        for (int number : inFlight) {
            String matchId = state.matchId(number);
            if (matchId != null && !state.recorded(number)) {
                ctx.pipeToSelf(live.resultIfFinished(matchId), (results, failure) -> new Polled(number, results, failure));
            }
        }
        return Effect().none();
    }

    /** Records a played match's result once; a failed fast match is played again after a delay. */
    private Effect<TournamentEvent, TournamentState> record(TournamentState state, int number,
                                                           List<SeatResult> results, Throwable failure) {
        if (failure != null) {
            ctx.getLog().warn("tournament {}: match {} has no result yet: {}", tournamentId, number, failure.getMessage());
            if (state.settings().fast()) {
                inFlight.remove(number);
                timers.startSingleTimer(RETRY_TIMER, Advance.INSTANCE, retryDelay);
            }
            return Effect().none();
        }
        if (results == null || state.recorded(number)) {
            return Effect().none();
        }
        inFlight.remove(number);
        return Effect().persist(new TournamentEvent.MatchRecorded(number, results, clock.millis()))
                .thenRun(this::changed);
    }

    // ---- after every change --------------------------------------------------------------

    /**
     * Publishes what changed since the last view to the stream (a delta; none after recovery, where
     * the view only becomes the base of the next one) and the summary to the directory, then moves
     * the tournament on.
     */
    private void changed(TournamentState state) {
        TournamentView view = TournamentViews.view(state);
        recent.next(view).ifPresent(delta -> topic.tell(Topic.publish(new TournamentChange(tournamentId, delta))));
        directory.tell(new TournamentDirectory.TournamentChanged(view.summary()));
        ctx.getSelf().tell(Advance.INSTANCE);
    }

    static Rejected notFound() {
        return new Rejected(Rejection.of(Rejection.Kind.NOT_FOUND, "NO_SUCH_TOURNAMENT", "no such tournament"));
    }
}
