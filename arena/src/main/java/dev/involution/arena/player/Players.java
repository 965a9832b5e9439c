package dev.involution.arena.player;

import akka.Done;
import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Asks player entities on behalf of routes and the {@link Authenticator}. */
public final class Players {

    private final ClusterSharding sharding;
    private final Duration askTimeout;

    public Players(ActorSystem<?> system, Duration askTimeout) {
        this.sharding = ClusterSharding.get(system);
        this.askTimeout = askTimeout;
    }

    /**
     * Stores a player (completes when its registration is persisted); storing the same player with
     * the same token hash again changes nothing.
     */
    public CompletionStage<Done> register(String playerId, String name, String tokenHash, Instant registeredAt) {
        return player(playerId).askWithStatus(
                replyTo -> new Player.Register(name, tokenHash, registeredAt, replyTo), askTimeout);
    }

    public CompletionStage<Boolean> tokenMatches(String playerId, String tokenHash) {
        return player(playerId)
                .<Player.TokenChecked>ask(replyTo -> new Player.CheckToken(tokenHash, replyTo), askTimeout)
                .thenApply(Player.TokenChecked::valid);
    }

    /** The player's profile; empty when no player has this id. */
    public CompletionStage<Optional<Player.Profile>> profile(String playerId) {
        return player(playerId)
                .<Player.ProfileReply>ask(Player.GetProfile::new, askTimeout)
                .thenApply(reply -> reply instanceof Player.Profile profile ? Optional.of(profile) : Optional.empty());
    }

    private EntityRef<Player.Command> player(String playerId) {
        return sharding.entityRefFor(Player.ENTITY_TYPE_KEY, playerId);
    }
}
