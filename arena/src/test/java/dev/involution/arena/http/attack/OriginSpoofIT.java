package dev.involution.arena.http.attack;

import dev.involution.arena.testkit.LogCapture;
import dev.involution.arena.testkit.RawConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WebSocket handshakes with forged origins, on every stream: the origin is checked with its scheme
 * and port against the public origin, the allowed list and the arena's own addresses, never against
 * {@code Host}; and every answer, of whatever kind, carries the security headers.
 */
class OriginSpoofIT {

    private static final String PUBLIC = "https://arena.example.org";
    private static AttackArena target;
    private static int combinations;

    @BeforeAll
    static void start() {
        target = AttackArena.start(settings -> settings
                .with("arena.http.public-origin", PUBLIC)
                .with("arena.http.allowed-origins", "http://teacher.example:3000"));
    }

    @AfterAll
    static void stop() {
        System.out.printf("Origin spoofing: %d handshakes tried%n", combinations);
        if (target != null) {
            target.close();
        }
    }

    /** Host header, Origin header (null: none) and whether the handshake may pass. */
    private record Attempt(String host, String origin, boolean allowed) {
    }

    private static List<Attempt> attempts() {
        int port = target.port();
        String self = "127.0.0.1:" + port;
        return List.of(
                new Attempt(self, null, true),
                new Attempt(self, "http://127.0.0.1:" + port, true),
                new Attempt(self, "http://localhost:" + port, true),
                new Attempt(self, PUBLIC, true),
                new Attempt(self, PUBLIC + ":443", true),
                new Attempt(self, "http://teacher.example:3000", true),
                new Attempt("evil.example:" + port, "http://evil.example:" + port, false),
                new Attempt("evil.example", "http://evil.example", false),
                new Attempt(self, "https://127.0.0.1:" + port, false),
                new Attempt(self, "https://localhost:" + port, false),
                new Attempt(self, "http://arena.example.org", false),
                new Attempt(self, "https://arena.example.org:8443", false),
                new Attempt(self, "null", false),
                new Attempt(self, "", false),
                new Attempt(self, "https://arena.example.org.evil.example", false),
                new Attempt(self, "https://evilarena.example.org", false),
                new Attempt(self, "https://arena.example.org@evil.example", false),
                new Attempt(self, "http://localhost:" + port + ".evil.example", false),
                new Attempt(self, "http://localhost.evil.example:" + port, false),
                new Attempt(self, "http://127.0.0.1:" + port + "/", true),
                new Attempt(self, "http://127.0.0.1:" + port + "/stream", false),
                new Attempt(self, "file://", false),
                new Attempt("localhost:" + port, "http://localhost:" + (port + 1), false));
    }

    @Test
    void forgedOriginsAreRefusedOnEveryStreamWhateverTheHost() {
        try (LogCapture log = LogCapture.start()) {
            List<String> wrong = new ArrayList<>();
            for (String stream : target.document.streams()) {
                String path = target.concrete(stream.split(" ", 2)[1], 1);
                for (Attempt attempt : attempts()) {
                    combinations++;
                    try (RawConnection socket = RawConnection.open(target.port())) {
                        List<String> headers = new ArrayList<>(target.credentials(stream));
                        if (attempt.origin() != null) {
                            headers.add("Origin: " + attempt.origin());
                        }
                        String head = socket.handshake(path, attempt.host(), headers);
                        boolean passed = head.startsWith("HTTP/1.1 101");
                        if (passed != attempt.allowed()) {
                            wrong.add(stream + " " + attempt + ": " + head.lines().findFirst().orElse(""));
                        }
                        if (!attempt.allowed()) {
                            assertThat(head).as(attempt.toString()).startsWith("HTTP/1.1 403")
                                    .containsIgnoringCase("content-type: application/problem+json");
                        }
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(log.events()).as("refused origins write no warnings").isEmpty();
        }
    }

    @Test
    void spoofedHostAndOriginHandshakeIsRefused() {
        try (RawConnection socket = RawConnection.open(target.port())) {
            String head = socket.handshake("/api/matches/" + target.matchId + "/stream", "evil.example:" + target.port(),
                    List.of("Origin: http://evil.example:" + target.port()));
            assertThat(head).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Map<String, HttpResponse<String>> answers = Map.of(
                "JSON", target.arena.get("/api/matches"),
                "problem+json", target.arena.get("/api/matches/nosuchmatch"),
                "CSV", target.arena.get("/api/matches/" + target.matchId + "/export/rounds.csv"),
                "metrics", target.arena.get("/metrics"),
                "OpenAPI", target.arena.get("/api/openapi.yaml"),
                "too long a URI", target.arena.get("/" + "a".repeat(5000)),
                "page", target.arena.get("/"));
        answers.forEach((kind, response) -> {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(kind).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(kind).contains("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(kind)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        });
        try (RawConnection socket = RawConnection.open(target.port())) {
            String head = socket.handshake("/api/matches/" + target.matchId + "/stream", "127.0.0.1", List.of());
            assertThat(head).startsWith("HTTP/1.1 101").containsIgnoringCase("x-content-type-options: nosniff")
                    .containsIgnoringCase("frame-ancestors 'none'").containsIgnoringCase("referrer-policy: no-referrer");
            socket.sendFrame(0x8, new byte[] {0x03, (byte) 0xE8});
            socket.awaitClose(Duration.ofSeconds(5), true);
        }
    }
}
