package dev.involution.arena.join;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.typed.ClusterSingleton;
import akka.cluster.typed.SingletonActor;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.Effect;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import akka.persistence.typed.javadsl.RetentionCriteria;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.involution.arena.CborSerializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live join codes, a cluster singleton: which match or tournament each code leads to. A code
 * is issued once per target (asked again, the same code comes back) and retired when its target is
 * over, after which it leads nowhere. Codes are drawn at random when issued and the draw is in the event, so a restart recovers the
 * same codes.
 */
public final class JoinCodeRegistry
        extends EventSourcedBehavior<JoinCodeRegistry.Command, JoinCodeRegistry.Event, JoinCodeRegistry.State> {

    public sealed interface Command extends CborSerializable {
    }

    /** The target's code, issued now if it has none; replies once it is durable. */
    public record Issue(JoinTarget target, ActorRef<Issued> replyTo) implements Command {
    }

    public record Issued(String code, JoinTarget target) implements CborSerializable {
    }

    /** What a code leads to, if it is live. */
    public record Resolve(String code, ActorRef<Resolved> replyTo) implements Command {
    }

    public record Resolved(Optional<JoinTarget> target) implements CborSerializable {
    }

    /** The target is over: its code leads nowhere from now on. */
    public record Retire(JoinTarget target) implements Command {
    }

    public sealed interface Event extends CborSerializable {
    }

    public record CodeIssued(String code, JoinTarget target) implements Event {
    }

    public record CodeRetired(String code) implements Event {
    }

    /** Live codes by code and by target. */
    public static final class State implements CborSerializable {
        private final Map<String, JoinTarget> byCode = new HashMap<>();
        private final Map<JoinTarget, String> byTarget = new HashMap<>();

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static State of(List<CodeIssued> live) {
            State s = new State();
            live.forEach(s::issue);
            return s;
        }

        @JsonValue
        List<CodeIssued> live() {
            List<CodeIssued> list = new ArrayList<>();
            byCode.forEach((code, target) -> list.add(new CodeIssued(code, target)));
            return list;
        }

        private void issue(CodeIssued e) {
            byCode.put(e.code(), e.target());
            byTarget.put(e.target(), e.code());
        }

        private void retire(String code) {
            JoinTarget target = byCode.remove(code);
            if (target != null) {
                byTarget.remove(target);
            }
        }
    }

    public static ActorRef<Command> init(ActorSystem<?> system) {
        return ClusterSingleton.get(system).init(SingletonActor.of(create(), "join-codes"));
    }

    static Behavior<Command> create() {
        return Behaviors.setup(ctx -> new JoinCodeRegistry());
    }

    private final SecureRandom random = new SecureRandom();

    private JoinCodeRegistry() {
        super(PersistenceId.ofUniqueId("join-codes"));
    }

    @Override
    public State emptyState() {
        return new State();
    }

    @Override
    public RetentionCriteria retentionCriteria() {
        return RetentionCriteria.snapshotEvery(200, 2);
    }

    @Override
    public CommandHandler<Command, Event, State> commandHandler() {
        return newCommandHandlerBuilder().forAnyState()
                .onCommand(Issue.class, this::onIssue)
                .onCommand(Resolve.class, (state, cmd) -> Effect().reply(cmd.replyTo(),
                        new Resolved(Optional.ofNullable(state.byCode.get(cmd.code())))))
                .onCommand(Retire.class, (state, cmd) -> {
                    String code = state.byTarget.get(cmd.target());
                    return code == null ? Effect().none() : Effect().persist(new CodeRetired(code));
                })
                .build();
    }

    private Effect<Event, State> onIssue(State state, Issue cmd) {
        String known = state.byTarget.get(cmd.target());
        if (known != null) {
            return Effect().reply(cmd.replyTo(), new Issued(known, cmd.target()));
        }
        String code;
        do {
            code = JoinCode.random(random);
        } while (state.byCode.containsKey(code));
        String issued = code;
        return Effect().persist(new CodeIssued(issued, cmd.target()))
                .thenReply(cmd.replyTo(), s -> new Issued(issued, cmd.target()));
    }

    @Override
    public EventHandler<State, Event> eventHandler() {
        return newEventHandlerBuilder().forAnyState()
                .onEvent(CodeIssued.class, (state, e) -> {
                    state.issue(e);
                    return state;
                })
                .onEvent(CodeRetired.class, (state, e) -> {
                    state.retire(e.code());
                    return state;
                })
                .build();
    }
}
