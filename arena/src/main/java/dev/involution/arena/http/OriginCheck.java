package dev.involution.arena.http;

import akka.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static akka.http.javadsl.server.Directives.optionalHeaderValueByName;

/**
 * Guards WebSocket handshakes against cross-site use: a request with an {@code Origin} header
 * passes only if that origin, scheme and port included, is the configured public origin
 * ({@code ARENA_PUBLIC_ORIGIN}), one of {@code arena.http.allowed-origins}, or the arena's own
 * address as reached directly: {@code http://} with the arena's port and {@code localhost}, a
 * loopback address, an address of this machine or its host name. The {@code Host} header plays no
 * part (a page under a rebound name can send any {@code Host}). Anything else, {@code null}
 * included, is answered 403. A request without {@code Origin} (a bot, curl) passes: browsers
 * always send it on WebSocket handshakes.
 *
 * <pre>{@code
 * path("stream", () -> originCheck.allowedOrigin(() -> webSockets.handle(flow)))
 * }</pre>
 */
public final class OriginCheck {

    private static final Logger log = LoggerFactory.getLogger(OriginCheck.class);

    private final Set<String> configured;
    private final IntSupplier localPort;
    private volatile LocalOrigins local = new LocalOrigins(-1, Set.of());

    /**
     * @param localPort the port the arena listens on (known once bound)
     */
    public OriginCheck(Optional<String> publicOrigin, List<String> allowedOrigins, IntSupplier localPort) {
        this.configured = Stream.concat(publicOrigin.stream(), allowedOrigins.stream())
                .map(OriginCheck::normalize)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        this.localPort = localPort;
    }

    /** The inner route when the request's origin is allowed, else 403 problem+json. */
    public Route allowedOrigin(Supplier<Route> inner) {
        return optionalHeaderValueByName("Origin", origin -> {
            if (isAllowed(origin)) {
                return inner.get();
            }
            log.debug("Refused a WebSocket handshake from origin {}", origin.orElse(""));
            return ProblemResponses.complete(refusal());
        });
    }

    /** The 403 for a WebSocket handshake from an origin that is not allowed. */
    public static Problem refusal() {
        return Problem.forbidden("cross-origin WebSocket handshakes are not allowed from this origin")
                .with("rule", "same-origin");
    }

    /** Whether a request with this {@code Origin} header value may pass. */
    public boolean isAllowed(Optional<String> origin) {
        if (origin.isEmpty()) {
            return true;
        }
        Optional<String> normalized = normalize(origin.get());
        return normalized.isPresent()
                && (configured.contains(normalized.get()) || localOrigins().contains(normalized.get()));
    }

    private Set<String> localOrigins() {
        int port = localPort.getAsInt();
        LocalOrigins known = local;
        if (known.port() != port) {
            known = new LocalOrigins(port, port > 0 ? ownOrigins(port) : Set.of());
            local = known;
        }
        return known.origins();
    }

    /** {@code http://name:port} for every name and address this machine answers to directly. */
    private static Set<String> ownOrigins(int port) {
        Set<String> hosts = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        try {
            InetAddress self = InetAddress.getLocalHost();
            hosts.add(self.getHostName().toLowerCase(Locale.ROOT));
            hosts.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // no host name: addresses and localhost only
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    hosts.add(literal(address));
                }
            }
        } catch (SocketException e) {
            // interfaces unknown: names and loopback only
        }
        return hosts.stream()
                .map(host -> normalize("http://" + host + ":" + port))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String literal(InetAddress address) {
        if (address instanceof Inet6Address) {
            String text = address.getHostAddress();
            int zone = text.indexOf('%');
            return "[" + (zone >= 0 ? text.substring(0, zone) : text) + "]";
        }
        return address.getHostAddress();
    }

    /** {@code scheme://host:port} with the scheme's default port made explicit; empty if not an origin. */
    static Optional<String> normalize(String origin) {
        try {
            URI uri = new URI(origin.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (host == null || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
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
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private record LocalOrigins(int port, Set<String> origins) {
    }
}
