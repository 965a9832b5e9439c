package dev.involution.arena.http;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.Route;
import dev.involution.arena.journal.JournalHealth;
import dev.involution.arena.metrics.ArenaMetrics;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}} while the journal's database answers, else 503
 * problem+json with {@code "status":"DOWN"}. {@code GET /metrics}: Prometheus text exposition.
 */
public final class OperationsRoutes {

    /** Body of a healthy answer. */
    public record Health(String status) {
    }

    private final JournalHealth journal;
    private final ArenaMetrics metrics;

    public OperationsRoutes(JournalHealth journal, ArenaMetrics metrics) {
        this.journal = journal;
        this.metrics = metrics;
    }

    public Route route() {
        return concat(
                path("health", () -> get(() -> onSuccess(journal.reachable(), up -> up
                        ? complete(StatusCodes.OK, new Health("UP"), Json.marshaller())
                        : ProblemResponses.complete(Problem.unavailable("the journal's database is unreachable")
                                .with("status", "DOWN"))))),
                path("metrics", () -> get(() -> complete(HttpResponse.create().withEntity(
                        HttpEntities.create(ContentTypes.parse(metrics.contentType()), metrics.scrape()))))));
    }
}
