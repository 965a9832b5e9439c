package dev.involution.arena.http;

import com.typesafe.config.Config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code arena.http} section: where to listen, the public origin, and the edge's limits.
 *
 * @param publicOrigin  the origin browsers reach the arena under ({@code ARENA_PUBLIC_ORIGIN}), if set
 * @param clientAddress who a request comes from, believing {@code X-Forwarded-For} from the trusted
 *                      proxies only ({@code ARENA_TRUSTED_PROXIES})
 * @param streamEdge    the stream edge's port and threads ({@code ARENA_STREAM_PORT})
 */
public record HttpSettings(String host, int port, long maxBodyBytes, Optional<String> publicOrigin,
                           List<String> allowedOrigins, RateLimitSettings rateLimit,
                           RateLimitSettings registrations, ConnectionSettings connections,
                           WebSocketSettings webSocket, ClientAddress clientAddress, StreamEdgeSettings streamEdge) {

    /**
     * The stream edge: the port that serves the read-only streams ({@code -1}: none; {@code 0}: any
     * free one) on {@code threads} event-loop threads, each socket with a kernel send buffer of
     * {@code sendBufferBytes} ({@code 0}: the system's).
     */
    public record StreamEdgeSettings(int port, int threads, int sendBufferBytes) {
        public StreamEdgeSettings {
            if (port < -1 || port > 65_535 || threads < 1 || sendBufferBytes < 0) {
                throw new IllegalArgumentException("arena.http.stream-edge needs a port from -1 (off) to 65535,"
                        + " threads >= 1 and send-buffer-size >= 0");
            }
        }

        public boolean enabled() {
            return port >= 0;
        }
    }

    /** A token bucket: {@code perSecond} sustained, {@code burst} at once, {@code maxClients} buckets kept. */
    public record RateLimitSettings(double perSecond, int burst, int maxClients) {
        public RateLimitSettings {
            if (perSecond <= 0 || burst < 1 || maxClients < 1) {
                throw new IllegalArgumentException("a rate limit needs per-second > 0, burst >= 1 and max-clients >= 1");
            }
        }
    }

    /**
     * The phases of a connection: a request head must be complete within {@code headerTimeout} of the
     * connection's start or the end of the previous answer, its body within {@code bodyTimeout} of
     * the head; one client address holds at most {@code maxPerClient} connections.
     */
    public record ConnectionSettings(Duration headerTimeout, Duration bodyTimeout, int maxPerClient) {
        public ConnectionSettings {
            if (headerTimeout.isNegative() || headerTimeout.isZero() || bodyTimeout.isNegative() || bodyTimeout.isZero()
                    || maxPerClient < 1) {
                throw new IllegalArgumentException(
                        "arena.http.connections needs positive timeouts and max-per-client >= 1");
            }
        }
    }

    /**
     * WebSocket limits: a client message over {@code maxMessageBytes} closes the socket with 1009; a
     * ping goes out after {@code pingInterval} without any frame from the client, and a client that
     * sends nothing for {@code pongTimeout} after it is disconnected. A subscriber of a stream more than
     * {@code subscriberBuffer} messages behind the newest is sent a resync instead.
     */
    public record WebSocketSettings(int maxMessageBytes, Duration pingInterval, Duration pongTimeout,
                                    int subscriberBuffer) {
        public WebSocketSettings {
            if (maxMessageBytes < 1 || pingInterval.isZero() || pingInterval.isNegative()
                    || pongTimeout.isZero() || pongTimeout.isNegative() || subscriberBuffer < 1) {
                throw new IllegalArgumentException(
                        "arena.http.websocket needs max-message-size >= 1, subscriber-buffer >= 1 and positive intervals");
            }
        }
    }

    public static HttpSettings from(Config config) {
        Config http = config.getConfig("arena.http");
        Config connections = http.getConfig("connections");
        Config webSocket = http.getConfig("websocket");
        Config registrations = http.getConfig("registrations");
        String publicOrigin = http.getString("public-origin").trim();
        return new HttpSettings(
                http.getString("interface"),
                http.getInt("port"),
                http.getBytes("max-body-size"),
                publicOrigin.isEmpty() ? Optional.empty() : Optional.of(publicOrigin),
                Arrays.stream(http.getString("allowed-origins").split(","))
                        .map(String::trim).filter(origin -> !origin.isEmpty()).toList(),
                rateLimit(http.getConfig("rate-limit")),
                rateLimit(registrations),
                new ConnectionSettings(connections.getDuration("header-timeout"),
                        connections.getDuration("body-timeout"), connections.getInt("max-per-client")),
                new WebSocketSettings(Math.toIntExact(webSocket.getBytes("max-message-size")),
                        webSocket.getDuration("ping-interval"), webSocket.getDuration("pong-timeout"),
                        webSocket.getInt("subscriber-buffer")),
                new ClientAddress(AddressBlock.parseList(http.getString("trusted-proxies"))),
                new StreamEdgeSettings(http.getInt("stream-edge.port"), http.getInt("stream-edge.threads"),
                        Math.toIntExact(http.getBytes("stream-edge.send-buffer-size"))));
    }

    /** A bucket whose rate is given {@code per-second} or {@code per-minute}. */
    public static RateLimitSettings rateLimit(Config bucket) {
        double perSecond = bucket.hasPath("per-second")
                ? bucket.getDouble("per-second")
                : bucket.getDouble("per-minute") / 60;
        return new RateLimitSettings(perSecond, bucket.getInt("burst"), bucket.getInt("max-clients"));
    }
}
