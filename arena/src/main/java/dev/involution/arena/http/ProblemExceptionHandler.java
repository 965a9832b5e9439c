package dev.involution.arena.http;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.headers.Connection;
import akka.http.javadsl.model.headers.RetryAfter;
import akka.http.javadsl.server.ExceptionHandler;
import akka.http.scaladsl.model.EntityStreamSizeException;
import akka.http.scaladsl.model.IllegalRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Every exception escaping a route answered as problem+json: {@link ProblemException} as its
 * problem, a body over the limit as 413, a body that did not arrive in time as 408 (closing the
 * connection), a malformed request as 400, an entity that did not answer
 * in time as 503, anything else as a logged 500 that reveals nothing.
 */
public final class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    /** A body that timed out leaves the connection in the middle of a request: it is closed. */
    private static final List<HttpHeader> CLOSE = List.of(Connection.create("close"));

    private ProblemExceptionHandler() {
    }

    /**
     * An entity that did not answer in time (busy, or moving to another node of the cluster) is
     * answered 503 with {@code Retry-After}: the request may be sent again (orders with their client
     * order id).
     */
    private static final List<HttpHeader> RETRY_SOON = List.of(RetryAfter.create(1L));

    public static ExceptionHandler create(long maxBodyBytes) {
        return ExceptionHandler.newBuilder()
                .matchAny(e -> {
                    Throwable cause = FailureCause.of(e);
                    if (cause instanceof RequestBodyTimeout) {
                        return ProblemResponses.complete(problemFor(e, maxBodyBytes), CLOSE);
                    }
                    if (cause instanceof TimeoutException) {
                        return ProblemResponses.complete(problemFor(e, maxBodyBytes), RETRY_SOON);
                    }
                    return ProblemResponses.complete(problemFor(e, maxBodyBytes));
                })
                .build();
    }

    static Problem problemFor(Throwable thrown, long maxBodyBytes) {
        Throwable e = FailureCause.of(thrown);
        if (e instanceof ProblemException problem) {
            return problem.problem();
        }
        if (e instanceof RequestBodyTimeout timeout) {
            return Problem.requestTimeout(timeout.getMessage());
        }
        if (e instanceof EntityStreamSizeException) {
            return Problem.payloadTooLarge(maxBodyBytes);
        }
        if (e instanceof IllegalRequestException illegal) {
            return Problem.ofStatus(illegal.status().intValue(), illegal.status().reason(), illegal.info().summary());
        }
        if (e instanceof TimeoutException) {
            return Problem.unavailable("the arena did not answer in time; retry later");
        }
        log.error("Request failed", e);
        return Problem.internalError();
    }
}
