package dev.involution.arena.http;

import com.typesafe.config.Config;

import java.util.Arrays;
import java.util.List;

/** The {@code arena.http} section: where to listen and the edge's limits. */
public record HttpSettings(String host, int port, long maxBodyBytes, List<String> allowedOrigins,
                           RateLimitSettings rateLimit) {

    /** A token bucket: {@code perSecond} sustained, {@code burst} at once, {@code maxClients} buckets kept. */
    public record RateLimitSettings(double perSecond, int burst, int maxClients) {
        public RateLimitSettings {
            if (perSecond <= 0 || burst < 1 || maxClients < 1) {
                throw new IllegalArgumentException("arena.http.rate-limit needs per-second > 0, burst >= 1 and max-clients >= 1");
            }
        }
    }

    public static HttpSettings from(Config config) {
        Config http = config.getConfig("arena.http");
        Config rate = http.getConfig("rate-limit");
        return new HttpSettings(
                http.getString("interface"),
                http.getInt("port"),
                http.getBytes("max-body-size"),
                Arrays.stream(http.getString("allowed-origins").split(","))
                        .map(String::trim).filter(origin -> !origin.isEmpty()).toList(),
                new RateLimitSettings(rate.getDouble("per-second"), rate.getInt("burst"), rate.getInt("max-clients")));
    }
}
