package dev.involution.arena;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import com.typesafe.config.Config;
import dev.involution.arena.http.HttpSettings;
import dev.involution.arena.http.JsonBody;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.StreamPaths;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.http.player.AuthDirectives;
import dev.involution.arena.player.Players;

import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * What an {@link ArenaModule} gets to build on, once persistence and the cluster are up.
 *
 * @param system     the actor system; {@code system.settings().config()} is {@link #config}
 * @param sharding   to {@code init} the module's entities and ask them
 * @param auth       {@code authenticatePlayer(playerId -> route)}, {@code requireAdmin(() -> route)}
 * @param jsonBody   strict request-body reading: {@code jsonBody.as(MyRequest.class, request -> route)}
 * @param origins    the WebSocket handshake guard: {@code origins.allowedOrigin(() -> route)}
 * @param webSockets accepts WebSockets with the arena's limits: {@code webSockets.subscribe(() -> subscription)}
 * @param streams    the read-only streams the stream edge serves too: {@code streams.add("/api/x/*}{@code /stream", ...)}
 * @param metrics    the Prometheus facade
 * @param askTimeout how long routes wait for an entity's reply
 * @param port       the port the arena listens on (known once bound: ask it when answering, not at start)
 */
public record ArenaContext(
        ActorSystem<Void> system,
        Config config,
        HttpSettings http,
        ClusterSharding sharding,
        Players players,
        AuthDirectives auth,
        JsonBody jsonBody,
        OriginCheck origins,
        WebSockets webSockets,
        StreamPaths streams,
        ArenaMetrics metrics,
        Duration askTimeout,
        IntSupplier port) {
}
