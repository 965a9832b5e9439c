package dev.involution.arena.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OriginCheckTest {

    private final OriginCheck check = new OriginCheck(Optional.of("https://arena.example.org"),
            List.of(" http://teacher.local:3000 "), () -> 8080);

    @ParameterizedTest(name = "Origin {0} -> {1}")
    @CsvSource(nullValues = "NONE", value = {
        "NONE,                             true",
        "http://localhost:8080,            true",
        "http://LOCALHOST:8080,            true",
        "http://127.0.0.1:8080,            true",
        "http://[::1]:8080,                true",
        "https://arena.example.org,        true",
        "https://arena.example.org:443,    true",
        "http://teacher.local:3000,        true",
        "http://evil.example.com,          false",
        "http://evil.example.com:8080,     false",
        "http://localhost:9090,            false",
        "http://localhost,                 false",
        "https://localhost:8080,           false",
        "ws://localhost:8080,              false",
        "http://arena.example.org,         false",
        "https://arena.example.org:8443,   false",
        "https://arena.example.org.evil.example, false",
        "https://evil-arena.example.org,   false",
        "http://localhost:8080.evil.example, false",
        "http://localhost.evil.example:8080, false",
        "http://localhost:8080@evil.example, false",
        "null,                             false",
        "http://localhost:8080/path,       false",
        "http://localhost:8080#x,          false",
        "file://,                          false",
        "'',                               false",
    })
    void decidesWhoMayOpenAWebSocket(String origin, boolean allowed) {
        assertThat(check.isAllowed(Optional.ofNullable(origin))).isEqualTo(allowed);
    }
}
