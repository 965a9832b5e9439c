package dev.involution.arena.match;

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
import akka.persistence.typed.javadsl.RetentionCriteria;
import akka.persistence.typed.javadsl.SignalHandler;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.involution.arena.CborSerializable;
import dev.involution.bots.api.MatchSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of all matches, a cluster singleton. A match is registered (durably) before it is
 * created; matches then report every change, and status changes are persisted. After a restart the
 * directory wakes every match that is not finished, so running matches go on by themselves. An
 * admin can archive a finished match (and take it out of the archive again): the directory keeps
 * that flag on the match's line.
 */
public final class MatchDirectory
        extends EventSourcedBehavior<MatchDirectory.Command, MatchDirectory.Event, MatchDirectory.State> {

    public sealed interface Command extends CborSerializable {
    }

    /** Registers a new match id before the match is created; replies once that is durable. */
    public record Register(String matchId, ActorRef<Registered> replyTo) implements Command {
    }

    public record Registered(String matchId) implements CborSerializable {
    }

    /** A match's current summary, sent by the match after each change. */
    public record MatchChanged(MatchSummary summary) implements Command {
    }

    public record GetAll(ActorRef<Listing> replyTo) implements Command {
    }

    /** Archives a finished match ({@code archived} true) or takes a match out of the archive. */
    public record Archive(String matchId, boolean archived, ActorRef<ArchiveReply> replyTo) implements Command {
    }

    /** The answer to {@link Archive}: the match's line as it is now, or why not. */
    public sealed interface ArchiveReply extends CborSerializable {
    }

    public record ArchiveDone(MatchSummary summary) implements ArchiveReply {
    }

    /** No such match ({@code NOT_FOUND}) or not finished yet ({@code NOT_FINISHED}). */
    public record ArchiveRefused(String code, String message) implements ArchiveReply {
    }

    public record Listing(List<MatchSummary> matches) implements CborSerializable {
    }

    public sealed interface Event extends CborSerializable {
    }

    public record MatchRegistered(String matchId) implements Event {
    }

    public record MatchSummarized(MatchSummary summary) implements Event {
    }

    public record MatchArchived(String matchId, boolean archived) implements Event {
    }

    /** Matches in registration order; a registered match has no summary until it reports. */
    public static final class State implements CborSerializable {
        private final Map<String, MatchSummary> matches = new LinkedHashMap<>();

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static State of(List<Entry> entries) {
            State s = new State();
            for (Entry e : entries) {
                s.matches.put(e.matchId(), e.summary());
            }
            return s;
        }

        @JsonValue
        List<Entry> entries() {
            List<Entry> list = new ArrayList<>();
            matches.forEach((id, summary) -> list.add(new Entry(id, summary)));
            return list;
        }

        public record Entry(String matchId, MatchSummary summary) {
        }
    }

    public static ActorRef<Command> init(ActorSystem<?> system) {
        return ClusterSingleton.get(system).init(SingletonActor.of(create(system), "match-directory"));
    }

    static Behavior<Command> create(ActorSystem<?> system) {
        return Behaviors.setup(ctx -> new MatchDirectory(system));
    }

    private final ActorSystem<?> system;

    private MatchDirectory(ActorSystem<?> system) {
        super(PersistenceId.ofUniqueId("match-directory"));
        this.system = system;
    }

    @Override
    public State emptyState() {
        return new State();
    }

    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(500, 2);
    }

    @Override
    public CommandHandler<Command, Event, State> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Register.class, (state, cmd) -> state.matches.containsKey(cmd.matchId())
                        ? Effect().reply(cmd.replyTo(), new Registered(cmd.matchId()))
                        : Effect().persist(new MatchRegistered(cmd.matchId()))
                                .thenReply(cmd.replyTo(), s -> new Registered(cmd.matchId())))
                .onCommand(MatchChanged.class, this::onMatchChanged)
                .onCommand(Archive.class, this::onArchive)
                .onCommand(GetAll.class, (state, cmd) -> {
                    List<MatchSummary> list = new ArrayList<>();
                    state.matches.values().forEach(m -> {
                        if (m != null) {
                            list.add(m);
                        }
                    });
                    return Effect().reply(cmd.replyTo(), new Listing(list));
                })
                .build();
    }

    private Effect<Event, State> onArchive(State state, Archive cmd) {
        MatchSummary summary = state.matches.get(cmd.matchId());
        if (summary == null) {
            return Effect().reply(cmd.replyTo(), new ArchiveRefused("NOT_FOUND", "no match with this id"));
        }
        if (cmd.archived() && !MatchStatus.FINISHED.name().equals(summary.status())) {
            return Effect().reply(cmd.replyTo(), new ArchiveRefused("NOT_FINISHED",
                    "only a finished match can be archived; this one is " + summary.status().toLowerCase()));
        }
        if (summary.archived() == cmd.archived()) {
            return Effect().reply(cmd.replyTo(), new ArchiveDone(summary));
        }
        return Effect().persist(new MatchArchived(cmd.matchId(), cmd.archived()))
                .thenReply(cmd.replyTo(), s -> new ArchiveDone(s.matches.get(cmd.matchId())));
    }

    private Effect<Event, State> onMatchChanged(State state, MatchChanged cmd) {
        MatchSummary before = state.matches.get(cmd.summary().matchId());
        MatchSummary now = cmd.summary().withArchived(before != null && before.archived());
        if (before != null && before.status().equals(now.status()) && before.firms() == now.firms()) {
            state.matches.put(now.matchId(), now);
            return Effect().none();
        }
        return Effect().persist(new MatchSummarized(now));
    }

    @Override
    public EventHandler<State, Event> eventHandler() {
        return newEventHandlerBuilder().forAnyState()
                .onEvent(MatchRegistered.class, (state, e) -> {
                    state.matches.putIfAbsent(e.matchId(), null);
                    return state;
                })
                .onEvent(MatchSummarized.class, (state, e) -> {
                    state.matches.put(e.summary().matchId(), e.summary());
                    return state;
                })
                .onEvent(MatchArchived.class, (state, e) -> {
                    MatchSummary summary = state.matches.get(e.matchId());
                    if (summary != null) {
                        state.matches.put(e.matchId(), summary.withArchived(e.archived()));
                    }
                    return state;
                })
                .build();
    }

    @Override
    public SignalHandler<State> signalHandler() {
        return newSignalHandlerBuilder()
                .onSignal(RecoveryCompleted.instance(), state -> state.matches.forEach((id, summary) -> {
                    if (summary == null || !MatchStatus.FINISHED.name().equals(summary.status())) {
                        ClusterSharding.get(system).entityRefFor(MatchEntity.TYPE_KEY, id).tell(new MatchEntity.Wake());
                    }
                }))
                .build();
    }
}
