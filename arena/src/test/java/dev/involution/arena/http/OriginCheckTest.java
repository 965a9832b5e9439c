package dev.involution.arena.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OriginCheckTest {

    private final OriginCheck check = new OriginCheck(List.of("https://arena.example.org", " http://teacher.local:3000 "));

    @ParameterizedTest(name = "Origin {0}, Host {1} -> {2}")
    @CsvSource(nullValues = "NONE", value = {
        "NONE,                         localhost:8080,        true",
        "http://localhost:8080,        localhost:8080,        true",
        "http://LOCALHOST:8080,        localhost:8080,        true",
        "http://localhost,             localhost:80,          true",
        "http://localhost:80,          localhost,             true",
        "https://arena.example.org,    localhost:8080,        true",
        "https://arena.example.org:443, localhost:8080,       true",
        "http://teacher.local:3000,    localhost:8080,        true",
        "http://[::1]:8080,            [::1]:8080,            true",
        "http://evil.example.com,      localhost:8080,        false",
        "http://localhost:9090,        localhost:8080,        false",
        "https://localhost:8080,       localhost:8080,        true",
        "http://arena.example.org,     localhost:8080,        false",
        "null,                         localhost:8080,        false",
        "http://localhost:8080/path,   localhost:8080,        false",
        "file://,                      localhost:8080,        false",
        "http://localhost:8080,        NONE,                  false",
    })
    void decidesWhoMayOpenAWebSocket(String origin, String host, boolean allowed) {
        assertThat(check.isAllowed(Optional.ofNullable(origin), Optional.ofNullable(host))).isEqualTo(allowed);
    }
}
