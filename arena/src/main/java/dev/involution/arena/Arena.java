package dev.involution.arena;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.server.Route;
import com.typesafe.config.Config;
import dev.involution.arena.cluster.ClusterSettings;
import dev.involution.arena.cluster.NodeReadiness;
import dev.involution.arena.http.ArenaRoutes;
import dev.involution.arena.http.ClientConnections;
import dev.involution.arena.http.ConnectionGuard;
import dev.involution.arena.http.HttpSettings;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.JsonBody;
import dev.involution.arena.http.OpenApiRoutes;
import dev.involution.arena.http.OperationsRoutes;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.RateLimit;
import dev.involution.arena.http.RateLimiter;
import dev.involution.arena.http.StreamPaths;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.http.streamedge.StreamEdge;
import dev.involution.arena.journal.H2Housekeeping;
import dev.involution.arena.journal.JournalDatabase;
import dev.involution.arena.journal.JournalHealth;
import dev.involution.arena.journal.JournalSchema;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.player.AdminToken;
import dev.involution.arena.http.player.AuthDirectives;
import dev.involution.arena.player.Authenticator;
import dev.involution.arena.player.Player;
import dev.involution.arena.http.player.PlayerRoutes;
import dev.involution.arena.player.Players;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running arena: the actor system (journal tables created, member of its cluster) and its HTTP
 * server. {@code Main} starts one from the environment; tests start them in-process on port 0
 * with a temporary data directory.
 */
public final class Arena implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Arena.class);
    private static final Duration UNBIND_DEADLINE = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final ActorSystem<Void> system;
    private final ServerBinding binding;
    private final Optional<StreamEdge> streamEdge;
    private final Path dataDir;

    /** What {@link #serve} started: the HTTP edge's binding, and the stream edge if it is on. */
    private record Served(ServerBinding binding, Optional<StreamEdge> streamEdge) {
    }

    private Arena(ActorSystem<Void> system, Served served, Path dataDir) {
        this.system = system;
        this.binding = served.binding();
        this.streamEdge = served.streamEdge();
        this.dataDir = dataDir;
    }

    /** Starts the production modules ({@link ArenaModules#standard()}). */
    public static Arena start(ArenaSettings settings) {
        return start(settings, ArenaModules.standard());
    }

    /**
     * Starts an arena and blocks until it serves HTTP. On any failure the actor system is
     * terminated before the exception is thrown.
     */
    public static Arena start(ArenaSettings settings, List<ArenaModule> modules) {
        Config config = settings.load();
        ClusterSettings cluster = ClusterSettings.from(config);
        Path dataDir = Path.of(config.getString("arena.data-dir"));
        ActorSystem<Void> system;
        try {
            DataDirectory.prepare(dataDir);
            system = ActorSystem.create(Behaviors.empty(), "arena", config);
        } catch (Exception e) {
            throw new IllegalStateException("the arena failed to start: " + e.getMessage(), e);
        }
        try {
            return new Arena(system, serve(system, config, cluster, dataDir, modules), dataDir);
        } catch (Exception | Error e) {
            terminate(system);
            throw new IllegalStateException("the arena failed to start: " + e.getMessage(), e);
        }
    }

    private static Served serve(ActorSystem<Void> system, Config config, ClusterSettings cluster, Path dataDir,
                                       List<ArenaModule> modules) throws Exception {
        Duration startupTimeout = config.getDuration("arena.startup-timeout");
        Duration askTimeout = config.getDuration("arena.ask-timeout");
        HttpSettings http = HttpSettings.from(config);
        AtomicInteger boundPort = new AtomicInteger(http.port());

        JournalSchema.createIfNotExists(system, startupTimeout);
        H2Housekeeping.startFor(system);
        DataDirectory.restrictFiles(dataDir);
        ArenaCluster.join(system, cluster, startupTimeout);
        JournalHealth journalHealth = new JournalHealth(system);
        NodeReadiness readiness = new NodeReadiness(system, journalHealth, cluster);
        Player.init(system);

        ArenaMetrics metrics = ArenaMetrics.get(system);
        Players players = new Players(system, askTimeout);
        Authenticator authenticator = new Authenticator(
                AdminToken.load(config.getString("arena.admin-token"), dataDir),
                players, config.getInt("arena.players.verified-token-cache"),
                config.getDuration("arena.players.registration-expires-after"), Clock.systemUTC());
        AuthDirectives auth = new AuthDirectives(authenticator, players);
        JsonBody jsonBody = new JsonBody(Json.mapper(), http.maxBodyBytes(), http.connections().bodyTimeout());
        OriginCheck origins = new OriginCheck(http.publicOrigin(), http.allowedOrigins(), boundPort::get);
        WebSockets webSockets = new WebSockets(system, http, metrics);
        StreamPaths streamPaths = new StreamPaths();
        ArenaContext context = new ArenaContext(system, config, http, ClusterSharding.get(system), players, auth,
                jsonBody, origins, webSockets, streamPaths, metrics, askTimeout, boundPort::get);
        ClientConnections connections = new ClientConnections(http.connections().maxPerClient());

        List<Route> routes = new ArrayList<>();
        routes.add(new OperationsRoutes(journalHealth, readiness, metrics, jsonBody, system, webSockets, origins, streamPaths)
                .route());
        routes.add(new PlayerRoutes(players, authenticator, auth, jsonBody, RateLimit.perAddress(
                new RateLimiter(http.registrations()), http.clientAddress(), Clock.systemUTC(),
                "too many registrations from this address; retry after the time given in Retry-After")).route());
        routes.add(new OpenApiRoutes().route());
        for (ArenaModule module : modules) {
            routes.add(module.start(context));
        }
        RateLimit rateLimit = new RateLimit(new RateLimiter(http.rateLimit()), http.clientAddress(),
                token -> token.flatMap(authenticator::knownClient), Clock.systemUTC());

        Route all = ArenaRoutes.create(routes, rateLimit, metrics, http.maxBodyBytes());
        ServerBinding binding = Http.get(system).newServerAt(http.host(), http.port())
                .bindFlow(ConnectionGuard.around(all.flow(system), http, connections, Clock.systemUTC()))
                .toCompletableFuture().get(startupTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .addToCoordinatedShutdown(UNBIND_DEADLINE, system);
        boundPort.set(binding.localAddress().getPort());
        Optional<StreamEdge> streamEdge = http.streamEdge().enabled()
                ? Optional.of(StreamEdge.start(http, streamPaths, origins, connections, metrics, Clock.systemUTC()))
                : Optional.empty();
        CoordinatedShutdown.get(system).addTask(CoordinatedShutdown.PhaseServiceUnbind(), "arena-close-websockets",
                () -> {
                    webSockets.closeAllGoingAway();
                    streamEdge.ifPresent(StreamEdge::closeAllGoingAway);
                    return CompletableFuture.completedFuture(Done.getInstance());
                });
        streamEdge.ifPresent(edge -> CoordinatedShutdown.get(system).addTask(
                CoordinatedShutdown.PhaseServiceStop(), "arena-stop-stream-edge", () -> {
                    edge.close();
                    return CompletableFuture.completedFuture(Done.getInstance());
                }));
        if (!CommonPool.shared()) {
            log.warn("The JVM's common pool has one thread: every asynchronous step starts a thread of its own."
                    + " Start the JVM with -D{}=2 (java -jar arena.jar sets it)", CommonPool.PARALLELISM);
        }
        readiness.serving();
        log.info("Arena serving http://{}:{}/ (data in {}, journal on {})", http.host(),
                binding.localAddress().getPort(), dataDir, JournalDatabase.of(config).key());
        streamEdge.ifPresent(edge -> log.info("Stream edge serving {} on port {} ({})",
                String.join(", ", streamPaths.templates()), edge.port(), edge.transport()));
        return new Served(binding, streamEdge);
    }

    /** The port the HTTP server listens on (the chosen one when started on port 0). */
    public int port() {
        return binding.localAddress().getPort();
    }

    /** The stream edge's port (the chosen one when started on port 0), if it is on. */
    public OptionalInt streamPort() {
        return streamEdge.map(edge -> OptionalInt.of(edge.port())).orElse(OptionalInt.empty());
    }

    public ActorSystem<Void> system() {
        return system;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Unbinds, stops every actor and closes the journal; blocks until done. */
    public void stop() {
        terminate(system);
    }

    @Override
    public void close() {
        stop();
    }

    private static void terminate(ActorSystem<?> system) {
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("The actor system did not terminate within {}", STOP_TIMEOUT, e);
        }
    }
}
