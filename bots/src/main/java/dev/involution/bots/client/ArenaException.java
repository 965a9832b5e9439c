package dev.involution.bots.client;

import dev.involution.bots.api.Problem;
import java.time.Duration;
import java.util.Optional;

/**
 * The arena answered a request with an error. It carries the server's problem details: HTTP
 * {@link #status()}, {@link #type()} (switch on {@link Problem#slug()}: {@code invalid-request},
 * {@code rule-violated}, {@code conflict}, {@code not-found}, {@code rate-limited}, ...),
 * {@link #title()}, {@link #detail()}, and where they apply {@link #rule()} (for example
 * {@code range}, {@code INSUFFICIENT_CASH}, {@code MATCH_FULL}) and {@link #field()}.
 *
 * <p>The client throws it only after its retries: a 429 or a 5xx that the retry policy could not
 * get past, or any other 4xx at once (repeating those would not help).
 */
public class ArenaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final transient Problem problem;
    private final Duration retryAfter;

    public ArenaException(String method, String path, Problem problem, Duration retryAfter) {
        super(message(method, path, problem));
        this.method = method;
        this.path = path;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    private static String message(String method, String path, Problem p) {
        StringBuilder m = new StringBuilder().append(method).append(' ').append(path).append(": ")
                .append(p.status()).append(' ').append(p.title());
        if (p.detail() != null) {
            m.append(": ").append(p.detail());
        }
        if (p.rule() != null || p.field() != null) {
            m.append(" (");
            if (p.rule() != null) {
                m.append("rule ").append(p.rule());
            }
            if (p.field() != null) {
                m.append(p.rule() != null ? ", " : "").append("field ").append(p.field());
            }
            m.append(')');
        }
        return m.toString();
    }

    /** All of the server's problem details. */
    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public String type() {
        return problem.type();
    }

    public String title() {
        return problem.title();
    }

    public String detail() {
        return problem.detail();
    }

    /** The rule the request broke, or null. */
    public String rule() {
        return problem.rule();
    }

    /** The request field at fault (a JSON path or a header name), or null. */
    public String field() {
        return problem.field();
    }

    /** What the server's {@code Retry-After} asked for, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The request that failed: method and path. */
    public String request() {
        return method + " " + path;
    }
}
