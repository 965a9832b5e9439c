package dev.involution.arena.tournament;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
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
import dev.involution.bots.api.TournamentSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of all tournaments, a cluster singleton. A tournament id is registered (durably) before
 * the tournament is created; tournaments then report every change, and changes of status are
 * persisted. After a restart the directory wakes every tournament that has not finished, so a
 * tournament interrupted mid-round goes on by itself.
 */
public final class TournamentDirectory
        extends EventSourcedBehavior<TournamentDirectory.Command, TournamentDirectory.Event, TournamentDirectory.State> {

    public sealed interface Command extends CborSerializable {
    }

    public record Register(String tournamentId, ActorRef<Registered> replyTo) implements Command {
    }

    public record Registered(String tournamentId) implements CborSerializable {
    }

    /** A tournament's current summary, sent by the tournament after each change. */
    public record TournamentChanged(TournamentSummary summary) implements Command {
    }

    public record GetAll(ActorRef<Listing> replyTo) implements Command {
    }

    /** Every registered tournament id, oldest first, and the summaries of those that have reported. */
    public record Listing(List<String> ids, List<TournamentSummary> tournaments) implements CborSerializable {
    }

    public sealed interface Event extends CborSerializable {
    }

    public record TournamentRegistered(String tournamentId) implements Event {
    }

    public record TournamentSummarized(TournamentSummary summary) implements Event {
    }

    /** Tournaments in registration order; a registered tournament has no summary until it reports. */
    public static final class State {
        private final Map<String, TournamentSummary> tournaments = new LinkedHashMap<>();
    }

    public static ActorRef<Command> init(ActorSystem<?> system) {
        return ClusterSingleton.get(system).init(SingletonActor.of(
                Behaviors.setup(ctx -> new TournamentDirectory(system)), "tournament-directory"));
    }

    private final ActorSystem<?> system;

    private TournamentDirectory(ActorSystem<?> system) {
        super(PersistenceId.ofUniqueId("tournament-directory"));
        this.system = system;
    }

    @Override
    public State emptyState() {
        return new State();
    }

    @Override
    public CommandHandler<Command, Event, State> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Register.class, (state, cmd) -> state.tournaments.containsKey(cmd.tournamentId())
                        ? Effect().reply(cmd.replyTo(), new Registered(cmd.tournamentId()))
                        : Effect().persist(new TournamentRegistered(cmd.tournamentId()))
                                .thenReply(cmd.replyTo(), s -> new Registered(cmd.tournamentId())))
                .onCommand(TournamentChanged.class, this::onChanged)
                .onCommand(GetAll.class, (state, cmd) -> {
                    List<TournamentSummary> reported = new ArrayList<>();
                    state.tournaments.values().forEach(t -> {
                        if (t != null) {
                            reported.add(t);
                        }
                    });
                    return Effect().reply(cmd.replyTo(),
                            new Listing(List.copyOf(state.tournaments.keySet()), reported));
                })
                .build();
    }

    private Effect<Event, State> onChanged(State state, TournamentChanged cmd) {
        TournamentSummary now = cmd.summary();
        TournamentSummary before = state.tournaments.get(now.tournamentId());
        if (before != null && before.status().equals(now.status())) {
            state.tournaments.put(now.tournamentId(), now);
            return Effect().none();
        }
        return Effect().persist(new TournamentSummarized(now));
    }

    @Override
    public EventHandler<State, Event> eventHandler() {
        return newEventHandlerBuilder().forAnyState()
                .onEvent(TournamentRegistered.class, (state, e) -> {
                    state.tournaments.putIfAbsent(e.tournamentId(), null);
                    return state;
                })
                .onEvent(TournamentSummarized.class, (state, e) -> {
                    state.tournaments.put(e.summary().tournamentId(), e.summary());
                    return state;
                })
                .build();
    }

    @Override
    public SignalHandler<State> signalHandler() {
        return newSignalHandlerBuilder()
                .onSignal(RecoveryCompleted.instance(), state -> state.tournaments.forEach((id, summary) -> {
                    if (summary == null || !TournamentStatus.FINISHED.name().equals(summary.status())) {
                        ClusterSharding.get(system).entityRefFor(TournamentEntity.TYPE_KEY, id)
                                .tell(new TournamentEntity.Wake());
                    }
                }))
                .build();
    }
}
