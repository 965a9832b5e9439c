package dev.involution.arena.http;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.headers.RetryAfter;
import akka.http.javadsl.server.Route;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import static akka.http.javadsl.server.Directives.extractRequest;

/**
 * A rate limit of the edge: one token bucket per authenticated client, one per client address
 * ({@link ClientAddress}) for everyone else; an empty bucket is answered 429 with
 * {@code Retry-After} (whole seconds) and the problem's {@code until}.
 */
public final class RateLimit {

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final Function<Optional<String>, Optional<String>> clientOfToken;
    private final Clock clock;
    private final String explanation;

    /**
     * @param clientOfToken the client a bearer token is known to belong to (e.g. {@code player:<id>}),
     *                      empty when it is not known (yet): then the client's address counts
     * @param explanation   the 429 problem's detail: which limit was reached
     */
    public RateLimit(RateLimiter limiter, ClientAddress clientAddress,
                     Function<Optional<String>, Optional<String>> clientOfToken, Clock clock, String explanation) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.clientOfToken = clientOfToken;
        this.clock = clock;
        this.explanation = explanation;
    }

    /** The general request rate limit, by token or address. */
    public RateLimit(RateLimiter limiter, ClientAddress clientAddress,
                     Function<Optional<String>, Optional<String>> clientOfToken, Clock clock) {
        this(limiter, clientAddress, clientOfToken, clock, "request rate limit exceeded; retry after the time given in Retry-After");
    }

    /** A limit counted by client address only, whatever token the request carries. */
    public static RateLimit perAddress(RateLimiter limiter, ClientAddress clientAddress, Clock clock,
                                       String explanation) {
        return new RateLimit(limiter, clientAddress, token -> Optional.empty(), clock, explanation);
    }

    /**
     * The inner route while the client's bucket holds a token, else 429. One directive, reading the
     * token straight from the request: pass an inner route built once ({@code () -> route}) and a
     * request allocates no route here.
     */
    public Route limit(Supplier<Route> inner) {
        return extractRequest(request -> {
            String client = clientOfToken.apply(BearerToken.of(request))
                    .orElseGet(() -> "ip:" + clientAddress.of(request));
            long waitNanos = limiter.acquire(client);
            if (waitNanos == 0) {
                return inner.get();
            }
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            List<HttpHeader> headers = List.of(RetryAfter.create(seconds));
            return ProblemResponses.complete(
                    Problem.tooManyRequests(clock.instant().plusNanos(waitNanos), explanation), headers);
        });
    }
}
