package dev.involution.arena.http;

import akka.event.LoggingAdapter;
import akka.http.ParsingErrorHandler;
import akka.http.javadsl.model.HttpResponse;
import akka.http.scaladsl.model.ErrorInfo;
import akka.http.scaladsl.model.StatusCode;
import akka.http.scaladsl.settings.ServerSettings;

/**
 * Requests too malformed to reach the routes (URI or headers too long, a broken request line)
 * answered as problem+json too. Named in {@code akka.http.server.parsing.error-handler}.
 */
public final class ProblemParsingErrorHandler extends ParsingErrorHandler {

    @Override
    public HttpResponse handle(StatusCode status, ErrorInfo info, LoggingAdapter log, ServerSettings settings) {
        log.debug("Unparseable request: {}", info.formatPretty());
        return SecurityHeaders.addTo(
                ProblemResponses.response(Problem.ofStatus(status.intValue(), status.reason(), info.summary())));
    }
}
