package dev.involution.arena.http;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCodes;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.cluster.NodeReadiness;
import dev.involution.arena.journal.JournalHealth;
import dev.involution.arena.metrics.ArenaMetrics;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathEnd;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static akka.http.javadsl.server.Directives.post;

/**
 * {@code GET /health} (liveness): 200 {@code {"status":"UP"}} while the journal's database answers, else 503
 * problem+json (its {@code status} 503) with {@code "health":"DOWN"}. {@code GET /ready} (readiness, what
 * a load balancer checks): 200 {@code {"status":"READY","member":"Up"}} while the node serves, is an Up
 * member of its cluster, is not leaving and its journal answers, else 503 problem+json with
 * {@code "ready":false}, the member status and the reason. {@code GET /metrics}: Prometheus text exposition.
 *
 * <p>{@code GET /api/noop} and {@code POST /api/noop}: routes that do nothing, for load baselines;
 * {@code GET /api/noop/stream}: a stream with no match behind it ({@link NoopStream}).
 * They pass the same edge as every API route (rate limit, problem+json, response counting); the
 * POST reads its JSON body with the API's strict reader and discards it, then answers 201 with a
 * small JSON body, so a load test can compare a real route with the cost of HTTP and JSON alone.
 */
public final class OperationsRoutes {

    /** Body of a healthy answer. */
    public record Health(String status) {
    }

    /** Body of a ready answer: {@code READY} and the node's member status ({@code Up}). */
    public record Ready(String status, String member) {
    }

    /** Body of a no-op answer. */
    public record Noop(boolean ok) {
    }

    private static final Noop NOOP = new Noop(true);

    private final JournalHealth journal;
    private final NodeReadiness readiness;
    private final ArenaMetrics metrics;
    private final JsonBody jsonBody;
    private final NoopStream noopStream;
    private final OriginCheck origins;

    public OperationsRoutes(JournalHealth journal, NodeReadiness readiness, ArenaMetrics metrics, JsonBody jsonBody,
                            ActorSystem<?> system, WebSockets webSockets, OriginCheck origins, StreamPaths streams) {
        this.journal = journal;
        this.readiness = readiness;
        this.metrics = metrics;
        this.jsonBody = jsonBody;
        this.noopStream = new NoopStream(system, webSockets, metrics);
        this.origins = origins;
        streams.add("/api/noop/stream", (segments, query) -> noopStream.subscribe(query.apply("rate"), query.apply("bytes")));
    }

    public Route route() {
        return concat(
                path("health", () -> get(() -> onSuccess(journal.reachable(), up -> up
                        ? complete(StatusCodes.OK, new Health("UP"), Json.marshaller())
                        : ProblemResponses.complete(Problem.unavailable("the journal's database is unreachable")
                                .with("health", "DOWN"))))),
                path("ready", () -> get(() -> onSuccess(readiness.notReadyBecause(), reason -> reason.isEmpty()
                        ? complete(StatusCodes.OK, new Ready("READY", readiness.memberStatus()), Json.marshaller())
                        : ProblemResponses.complete(Problem.unavailable("not ready: " + reason.get())
                                .with("ready", false).with("member", readiness.memberStatus()))))),
                path("metrics", () -> get(() -> complete(HttpResponse.create().withEntity(
                        HttpEntities.create(ContentTypes.parse(metrics.contentType()), metrics.scrape()))))),
                pathPrefix("api", () -> pathPrefix("noop", () -> concat(
                        path("stream", () -> get(() -> origins.allowedOrigin(noopStream::route))),
                        pathEnd(() -> concat(
                        get(() -> complete(StatusCodes.OK, NOOP, Json.marshaller())),
                        post(() -> jsonBody.as(JsonNode.class,
                                discarded -> complete(StatusCodes.CREATED, NOOP, Json.marshaller())))))))));
    }
}
