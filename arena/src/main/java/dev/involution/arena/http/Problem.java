package dev.involution.arena.http;

import dev.involution.arena.engine.ConfigProblem;
import java.util.List;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail} and extension members. The extensions this API uses: {@code field} (JSON path of
 * the offending field, e.g. {@code name} or {@code orders[2].price}), {@code rule} (which rule it
 * broke, e.g. {@code required}, {@code max-length}, {@code range}), {@code until} (an instant,
 * e.g. when a rate limit lifts).
 *
 * <p>{@code type} is {@code about:blank} when the status says it all, otherwise a URN
 * {@code urn:involution-arena:problem:<slug>} that clients can switch on.
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {

    public static final String TYPE_PREFIX = "urn:involution-arena:problem:";

    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem of an application-specific type. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, Map.of());
    }

    /** A problem that says nothing beyond its HTTP status ({@code about:blank}). */
    public static Problem ofStatus(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, Map.of());
    }

    /** 400: a field of the request broke a rule. */
    public static Problem invalidField(String field, String rule, String detail) {
        return invalidRequest(rule, detail).with("field", field);
    }

    /**
     * 400: settings out of range (a match's, a tournament's, a policy's thresholds): the first
     * names {@code field} and the detail, and {@code problems} lists them all. {@code problems} must
     * not be empty.
     */
    public static Problem outOfRange(List<ConfigProblem> problems) {
        ConfigProblem first = problems.get(0);
        return invalidField(first.field(), "range", first.field() + " " + first.message()).with("problems", problems);
    }

    /** 400: the request (as a whole) broke a rule. */
    public static Problem invalidRequest(String rule, String detail) {
        return of(400, "invalid-request", "Invalid request", detail).with("rule", rule);
    }

    public static Problem unauthorized(String detail) {
        return of(401, "unauthorized", "Unauthorized", detail);
    }

    public static Problem forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static Problem notFound(String detail) {
        return of(404, "not-found", "Not Found", detail);
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return of(413, "payload-too-large", "Payload Too Large",
                "the request body exceeds the limit of " + limitBytes + " bytes")
                .with("rule", "max-size").with("limit", limitBytes);
    }

    public static Problem tooManyRequests(Instant until) {
        return tooManyRequests(until, "request rate limit exceeded; retry after the time given in Retry-After");
    }

    /** A 429 with its own explanation (which limit, how much) and the instant a retry may succeed. */
    public static Problem tooManyRequests(Instant until, String detail) {
        return of(429, "rate-limited", "Too Many Requests", detail).with("until", until.toString());
    }

    /** A request whose head or body did not arrive in time. */
    public static Problem requestTimeout(String detail) {
        return of(408, "request-timeout", "Request Timeout", detail).with("rule", "timeout");
    }

    public static Problem unavailable(String detail) {
        return of(503, "unavailable", "Service Unavailable", detail);
    }

    public static Problem internalError() {
        return of(500, "internal-error", "Internal Server Error",
                "the server failed to handle the request; it has been logged");
    }

    /** This problem with one more extension member. */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, more);
    }

    /** Members in document order: the standard ones, then the extensions. */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", type);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        members.putAll(extensions);
        return members;
    }
}
