package dev.involution.arena.http;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.server.ExceptionHandler;
import akka.http.javadsl.server.RejectionHandler;
import akka.http.javadsl.server.Route;
import dev.involution.arena.metrics.ArenaMetrics;

import java.util.List;

import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.handleExceptions;
import static akka.http.javadsl.server.Directives.handleRejections;
import static akka.http.javadsl.server.Directives.mapResponse;
import static akka.http.javadsl.server.Directives.withRequestTimeoutResponse;

/**
 * The whole HTTP surface: the given routes (operations, players, and every module's, tried in
 * order) behind the edge: the rate limit, problem+json for every rejection and exception (and for
 * a route that does not answer within Akka HTTP's request timeout), and the count of responses by
 * status. The connection's own limits and the security headers are {@link ConnectionGuard}'s.
 */
public final class ArenaRoutes {

    private ArenaRoutes() {
    }

    public static Route create(List<Route> routes, RateLimit rateLimit, ArenaMetrics metrics, long maxBodyBytes) {
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("no routes");
        }
        Route all = concat(routes.get(0), routes.subList(1, routes.size()).toArray(Route[]::new));
        // Built once, from the inside out: a directive's inner route is asked of its supplier for
        // every request, so each supplier here hands back a route that already exists.
        ExceptionHandler exceptions = ProblemExceptionHandler.create(maxBodyBytes);
        RejectionHandler rejections = ProblemRejectionHandler.create();
        Route limited = rateLimit.limit(() -> all);
        Route rejectionsHandled = handleRejections(rejections, () -> limited);
        Route exceptionsHandled = handleExceptions(exceptions, () -> rejectionsHandled);
        Route timeoutAnswered = withRequestTimeoutResponse(ArenaRoutes::timedOut, () -> exceptionsHandled);
        return mapResponse(response -> {
            metrics.httpResponse(response.status().intValue());
            return response;
        }, () -> timeoutAnswered);
    }

    /** The answer Akka HTTP gives in place of a route that did not answer within its request timeout. */
    private static HttpResponse timedOut(HttpRequest request) {
        return SecurityHeaders.addTo(ProblemResponses.response(
                Problem.unavailable("the arena did not answer in time; retry later")));
    }
}
