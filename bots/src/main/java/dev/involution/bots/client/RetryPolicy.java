package dev.involution.bots.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the client repeats a request, and how long it waits first.
 *
 * <ul>
 *   <li>{@code 429 Too Many Requests}: always repeated, after the server's {@code Retry-After}
 *       (the request was refused before it was looked at), unless that is longer than
 *       {@code maxRetryAfter}.</li>
 *   <li>{@code 500}, {@code 502}, {@code 503}, {@code 504}, a timeout, a reset connection: the
 *       request may or may not have taken effect, so it is repeated only when that is safe: reads,
 *       and writes that carry an idempotency key (a {@code clientOrderId} or an
 *       {@code Idempotency-Key}) which the client reuses on every attempt, so the arena applies
 *       the request once and answers the repeat with the original result.</li>
 *   <li>A connection that could not be opened: always repeated (nothing was sent).</li>
 *   <li>Any other answer: never repeated.</li>
 * </ul>
 * The wait before attempt {@code n + 1} is {@code initialBackoff x 2^(n-1)}, at most
 * {@code maxBackoff} (or the server's {@code Retry-After}). At most {@code maxAttempts} attempts
 * are made in all.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("backoffs must be 0 <= initialBackoff <= maxBackoff, maxRetryAfter >= 0");
        }
    }

    /** Up to 6 attempts, waiting 200 ms, 400 ms, 800 ms, ... at most 5 s; a Retry-After of up to 60 s is honoured. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** One attempt: every failure is reported at once. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait before repeating a request whose attempt number {@code attempt} (from 1) got HTTP
     * {@code status}, or empty to give up. {@code safeToRepeat} says whether the request is a read
     * or carries an idempotency key.
     */
    public Optional<Duration> afterStatus(int attempt, int status, Optional<Duration> retryAfter, boolean safeToRepeat) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        if (status == 429) {
            return retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0
                    ? Optional.empty()
                    : Optional.of(retryAfter.orElse(backoff(attempt)));
        }
        boolean transientError = status == 500 || status == 502 || status == 503 || status == 504;
        if (transientError && safeToRepeat) {
            return Optional.of(retryAfter.filter(d -> d.compareTo(maxRetryAfter) <= 0)
                    .map(d -> d.compareTo(backoff(attempt)) > 0 ? d : backoff(attempt))
                    .orElse(backoff(attempt)));
        }
        return Optional.empty();
    }

    /** The wait before repeating a request whose attempt {@code attempt} failed without an answer, or empty. */
    public Optional<Duration> afterFailure(int attempt, IOException failure, boolean safeToRepeat) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        if (neverSent(failure) || safeToRepeat) {
            return Optional.of(backoff(attempt));
        }
        return Optional.empty();
    }

    /** Whether the request surely did not reach the server. */
    static boolean neverSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException
                || failure.getCause() instanceof ConnectException;
    }

    /** The exponential backoff after attempt {@code attempt}. */
    public Duration backoff(int attempt) {
        Duration d = initialBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    /**
     * A {@code Retry-After} header value: whole seconds ({@code 3}) or an HTTP date
     * ({@code Wed, 21 Oct 2015 07:28:00 GMT}, measured from {@code now}); empty if absent or unreadable.
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
