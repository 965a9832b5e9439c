package dev.involution.arena.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

class RateLimitIT {

    @Test
    void anEmptyBucketIs429WithRetryAfterAndEachPlayerHasItsOwn() {
        try (RunningArena arena = RunningArena.start(settings -> settings
                .with("arena.http.rate-limit.per-second", 0.05)
                .with("arena.http.rate-limit.burst", 4))) {
            RunningArena.Registered player = arena.register("Rita");
            assertThat(arena.get("/api/players/me", player.token()).statusCode())
                    .as("a player's ticket counts against the player at once").isEqualTo(200);
            assertThat(arena.get("/health").statusCode()).isEqualTo(200);
            assertThat(arena.get("/health").statusCode()).isEqualTo(200);
            assertThat(arena.get("/health").statusCode()).isEqualTo(200);

            HttpResponse<String> limited = arena.get("/health");

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Content-Type")).contains("application/problem+json");
            long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 20L);
            JsonNode problem = json(limited);
            assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:rate-limited");
            assertThat(Instant.parse(problem.get("until").asText())).isAfter(Instant.now());

            assertThat(arena.get("/api/players/me", player.token()).statusCode())
                    .as("a verified player has its own bucket").isEqualTo(200);
        }
    }

    @Test
    void behindATrustedProxyEachForwardedAddressHasItsOwnBucketAndNobodyElseCanChooseOne() {
        try (RunningArena arena = RunningArena.start(settings -> settings
                .with("arena.http.rate-limit.per-second", 0.05)
                .with("arena.http.rate-limit.burst", 2)
                .with("arena.http.trusted-proxies", "127.0.0.1"))) {
            for (int i = 0; i < 2; i++) {
                assertThat(forwarded(arena, "203.0.113.7").statusCode()).isEqualTo(200);
            }
            assertThat(forwarded(arena, "203.0.113.7").statusCode()).as("that client's bucket is empty").isEqualTo(429);
            assertThat(forwarded(arena, "198.51.100.9").statusCode()).as("another client behind the proxy")
                    .isEqualTo(200);
        }
        try (RunningArena arena = RunningArena.start(settings -> settings
                .with("arena.http.rate-limit.per-second", 0.05)
                .with("arena.http.rate-limit.burst", 2))) {
            assertThat(forwarded(arena, "203.0.113.1").statusCode()).isEqualTo(200);
            assertThat(forwarded(arena, "203.0.113.2").statusCode()).isEqualTo(200);
            assertThat(forwarded(arena, "203.0.113.3").statusCode())
                    .as("without trusted proxies X-Forwarded-For is ignored: one bucket for the peer").isEqualTo(429);
        }
    }

    private static HttpResponse<String> forwarded(RunningArena arena, String client) {
        return arena.send(arena.request("/health").header("X-Forwarded-For", client));
    }
}
