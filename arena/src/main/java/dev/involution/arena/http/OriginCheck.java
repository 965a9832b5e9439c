package dev.involution.arena.http;

import akka.http.javadsl.server.Route;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static akka.http.javadsl.server.Directives.optionalHeaderValueByName;

/**
 * Guards WebSocket handshakes against cross-site use: a request with an {@code Origin} header
 * passes only if that origin is the server's own host (as named by the {@code Host} header) or one
 * of the configured {@code arena.http.allowed-origins}; otherwise 403. A request without
 * {@code Origin} (a bot, curl) passes: browsers always send it on WebSocket handshakes.
 *
 * <pre>{@code
 * path("stream", () -> originCheck.allowedOrigin(() -> handleWebSocketMessages(flow)))
 * }</pre>
 */
public final class OriginCheck {

    private final Set<String> allowed;

    public OriginCheck(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream()
                .map(OriginCheck::normalize)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The inner route when the request's origin is allowed, else 403 problem+json. */
    public Route allowedOrigin(Supplier<Route> inner) {
        return optionalHeaderValueByName("Origin", origin -> optionalHeaderValueByName("Host", host ->
                isAllowed(origin, host)
                        ? inner.get()
                        : ProblemResponses.complete(Problem.forbidden(
                                "cross-origin WebSocket handshakes are not allowed from this origin")
                                .with("rule", "same-origin"))));
    }

    /** Whether a request with these {@code Origin} and {@code Host} header values may pass. */
    public boolean isAllowed(Optional<String> origin, Optional<String> host) {
        if (origin.isEmpty()) {
            return true;
        }
        Optional<String> normalized = normalize(origin.get());
        if (normalized.isEmpty()) {
            return false;
        }
        if (allowed.contains(normalized.get())) {
            return true;
        }
        return host.flatMap(h -> normalize(schemeOf(normalized.get()) + "://" + h.trim()))
                .map(normalized.get()::equals)
                .orElse(false);
    }

    /** {@code scheme://host:port} with the scheme's default port made explicit; empty if not an origin. */
    static Optional<String> normalize(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (host == null || !bare || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
            if (port < 0) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }

    private static String schemeOf(String normalizedOrigin) {
        return normalizedOrigin.substring(0, normalizedOrigin.indexOf(':'));
    }
}
