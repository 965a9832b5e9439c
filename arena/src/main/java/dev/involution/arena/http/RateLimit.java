package dev.involution.arena.http;

import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.RemoteAddress;
import akka.http.javadsl.model.headers.RetryAfter;
import akka.http.javadsl.server.Route;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import static akka.http.javadsl.server.Directives.optionalAttribute;

/**
 * The edge's rate limit: one token bucket per authenticated client, one per IP address for
 * everyone else; an empty bucket is answered 429 with {@code Retry-After} (whole seconds) and the
 * problem's {@code until}.
 */
public final class RateLimit {

    private final RateLimiter limiter;
    private final Function<Optional<String>, Optional<String>> clientOfToken;
    private final Clock clock;

    /**
     * @param clientOfToken the client a bearer token is known to belong to (e.g. {@code player:<id>}),
     *                      empty when it is not known (yet): then the client's IP address counts
     */
    public RateLimit(RateLimiter limiter, Function<Optional<String>, Optional<String>> clientOfToken, Clock clock) {
        this.limiter = limiter;
        this.clientOfToken = clientOfToken;
        this.clock = clock;
    }

    public Route limit(Supplier<Route> inner) {
        return BearerToken.optional(token -> optionalAttribute(AttributeKeys.remoteAddress, address -> {
            String client = clientOfToken.apply(token).orElseGet(() -> "ip:" + ip(address));
            long waitNanos = limiter.acquire(client);
            if (waitNanos == 0) {
                return inner.get();
            }
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            List<HttpHeader> headers = List.of(RetryAfter.create(seconds));
            return ProblemResponses.complete(
                    Problem.tooManyRequests(clock.instant().plusNanos(waitNanos)), headers);
        }));
    }

    private static String ip(Optional<RemoteAddress> address) {
        return address.flatMap(RemoteAddress::getAddress).map(a -> a.getHostAddress()).orElse("unknown");
    }
}
