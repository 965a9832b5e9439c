package dev.involution.arena.player;

import akka.Done;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.SupervisorStrategy;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.pattern.StatusReply;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandlerWithReply;
import akka.persistence.typed.javadsl.CommandHandlerWithReplyBuilderByState;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import akka.persistence.typed.javadsl.ReplyEffect;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.metrics.ArenaMetrics;

import java.time.Duration;
import java.time.Instant;

/**
 * A player account: its display name and the SHA-256 hash of its bearer token. One entity per
 * player id under Cluster Sharding; stored once (when the player first joins a match or a
 * tournament, see {@link PlayerTicket}), never changed.
 */
public final class Player
        extends EventSourcedBehaviorWithEnforcedReplies<Player.Command, Player.Event, Player.State> {

    public static final EntityTypeKey<Command> ENTITY_TYPE_KEY = EntityTypeKey.create(Command.class, "Player");

    public sealed interface Command extends CborSerializable {
    }

    /**
     * Stores the player; replies after the registration is persisted. Again with the same token
     * hash: replies at once; with another: an error.
     */
    public record Register(String name, String tokenHash, Instant registeredAt, ActorRef<StatusReply<Done>> replyTo)
            implements Command {
    }

    /** Asks whether {@code tokenHash} is this player's token hash. */
    public record CheckToken(String tokenHash, ActorRef<TokenChecked> replyTo) implements Command {
    }

    public record GetProfile(ActorRef<ProfileReply> replyTo) implements Command {
    }

    public record TokenChecked(boolean valid) implements CborSerializable {
    }

    public sealed interface ProfileReply extends CborSerializable {
    }

    public record Profile(String playerId, String name, Instant registeredAt) implements ProfileReply {
    }

    public record UnknownPlayer(String playerId) implements ProfileReply {
    }

    public sealed interface Event extends CborSerializable {
    }

    public record Registered(String name, String tokenHash, Instant at) implements Event {
    }

    public sealed interface State extends CborSerializable {
    }

    public record Unregistered() implements State {
    }

    public record Active(String name, String tokenHash, Instant registeredAt) implements State {
    }

    private final String playerId;
    private final ArenaMetrics metrics;

    private Player(String playerId, ArenaMetrics metrics) {
        super(PersistenceId.of(ENTITY_TYPE_KEY.name(), playerId),
                SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.1));
        this.playerId = playerId;
        this.metrics = metrics;
    }

    public static Player create(String playerId, ArenaMetrics metrics) {
        return new Player(playerId, metrics);
    }

    /** Starts sharding of player entities on this node. */
    public static void init(ActorSystem<?> system) {
        ArenaMetrics metrics = ArenaMetrics.get(system);
        ClusterSharding.get(system).init(Entity.of(ENTITY_TYPE_KEY, context -> create(context.getEntityId(), metrics)));
    }

    @Override
    public State emptyState() {
        return new Unregistered();
    }

    @Override
    public CommandHandlerWithReply<Command, Event, State> commandHandler() {
        return whileUnregistered().orElse(whileActive()).build();
    }

    private CommandHandlerWithReplyBuilderByState<Command, Event, Unregistered, State> whileUnregistered() {
        return newCommandHandlerWithReplyBuilder().forStateType(Unregistered.class)
                .onCommand(Register.class, this::onRegister)
                .onCommand(CheckToken.class, command -> Effect().reply(command.replyTo(), new TokenChecked(false)))
                .onCommand(GetProfile.class, command -> Effect().reply(command.replyTo(), new UnknownPlayer(playerId)));
    }

    private CommandHandlerWithReplyBuilderByState<Command, Event, Active, State> whileActive() {
        return newCommandHandlerWithReplyBuilder().forStateType(Active.class)
                .onCommand(Register.class, (state, command) -> Effect().reply(command.replyTo(),
                        Sha256.equalHex(state.tokenHash(), command.tokenHash())
                                ? StatusReply.ack()
                                : StatusReply.error("player " + playerId + " is already registered")))
                .onCommand(CheckToken.class, (state, command) -> Effect().reply(command.replyTo(),
                        new TokenChecked(Sha256.equalHex(state.tokenHash(), command.tokenHash()))))
                .onCommand(GetProfile.class, (state, command) -> Effect().reply(command.replyTo(),
                        new Profile(playerId, state.name(), state.registeredAt())));
    }

    private ReplyEffect<Event, State> onRegister(Register command) {
        long started = System.nanoTime();
        return Effect().persist(new Registered(command.name(), command.tokenHash(), command.registeredAt()))
                .thenReply(command.replyTo(), state -> {
                    metrics.persisted("player", Duration.ofNanos(System.nanoTime() - started));
                    return StatusReply.ack();
                });
    }

    @Override
    public EventHandler<State, Event> eventHandler() {
        return newEventHandlerBuilder()
                .forStateType(Unregistered.class)
                .onEvent(Registered.class, (state, event) -> new Active(event.name(), event.tokenHash(), event.at()))
                .build();
    }
}
