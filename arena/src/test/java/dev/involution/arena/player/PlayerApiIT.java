package dev.involution.arena.player;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

class PlayerApiIT {

    private static RunningArena arena;
    private static RunningArena.Registered alice;
    private static RunningArena.Registered bob;

    /** Alice has taken a seat (so she is stored); Bob has only registered. */
    @BeforeAll
    static void start() {
        arena = RunningArena.start(settings -> settings.with("arena.demo.enabled", false), ArenaModules.standard());
        alice = arena.register("  Alice  ");
        bob = arena.register("Bob");
        MatchClient api = MatchClient.of(arena);
        api.join(alice.token(), api.createMatch(arena.savedAdminToken(), MatchInPlay.LONG_ROUNDS));
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void registrationGivesAnIdAndATokenThatIdentifiesThePlayer() {
        HttpResponse<String> response = arena.postJson("/api/players", "{\"name\":\"<script>Eve</script> 🦊\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = json(response);
        String playerId = body.get("playerId").asText();
        assertThat(PlayerId.isValid(playerId)).isTrue();
        assertThat(body.get("token").asText()).startsWith(playerId + ".");

        JsonNode me = json(arena.get("/api/players/me", body.get("token").asText()));
        assertThat(me.get("playerId").asText()).isEqualTo(playerId);
        assertThat(me.get("name").asText()).isEqualTo("<script>Eve</script> 🦊");
    }

    @Test
    void namesAreStoredTrimmed() {
        assertThat(json(arena.get("/api/players/me", alice.token())).get("name").asText()).isEqualTo("Alice");
    }

    /** Who calls with which Authorization header. */
    private static final Map<String, String> AUTHORIZATION = Map.of(
            "basic", "Basic YWxpY2U6c2VjcmV0",
            "garbage", "Bearer not-a-token",
            "wrong-secret", "Bearer %ALICE_ID%.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "unknown-player", "Bearer 00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "alice", "Bearer %ALICE%",
            "bob", "Bearer %BOB%",
            "admin", "Bearer %ADMIN%");

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "none,           /api/players/me,     401",
        "basic,          /api/players/me,     401",
        "garbage,        /api/players/me,     401",
        "wrong-secret,   /api/players/me,     401",
        "unknown-player, /api/players/me,     401",
        "alice,          /api/players/me,     200",
        "admin,          /api/players/me,     403",
        "none,           /api/players/ALICE,  401",
        "garbage,        /api/players/ALICE,  401",
        "wrong-secret,   /api/players/ALICE,  401",
        "alice,          /api/players/ALICE,  403",
        "bob,            /api/players/ALICE,  403",
        "admin,          /api/players/ALICE,  200",
        "admin,          /api/players/BOB,    404",
        "admin,          /api/players/00000000-0000-4000-8000-000000000000, 404",
        "admin,          /api/players/not-an-id, 404",
    })
    void authenticationMatrix(String caller, String path, int status) {
        HttpRequest.Builder request = arena.request(path.replace("ALICE", alice.playerId())
                .replace("BOB", bob.playerId())).GET();
        if (!caller.equals("none")) {
            request.header("Authorization", AUTHORIZATION.get(caller)
                    .replace("%ALICE_ID%", alice.playerId())
                    .replace("%ALICE%", alice.token())
                    .replace("%BOB%", bob.token())
                    .replace("%ADMIN%", arena.savedAdminToken()));
        }

        HttpResponse<String> response = arena.send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status == 200) {
            assertThat(json(response).get("playerId").asText()).isEqualTo(alice.playerId());
        } else {
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json(response).get("status").asInt()).isEqualTo(status);
        }
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "missing name     | {}                                          | 400 | name   | required",
        "null name        | {\"name\":null}                             | 400 | name   | required",
        "empty name       | {\"name\":\"\"}                             | 400 | name   | min-length",
        "blank name       | {\"name\":\"   \"}                          | 400 | name   | min-length",
        "too long         | {\"name\":\"123456789012345678901234567890123\"} | 400 | name | max-length",
        "control chars    | {\"name\":\"a\\u0000b\"}                    | 400 | name   | control-characters",
        "newline          | {\"name\":\"a\\nb\"}                        | 400 | name   | control-characters",
        "unknown field    | {\"name\":\"a\",\"admin\":true}             | 400 | admin  | unknown-field",
        "wrong type       | {\"name\":42}                               | 400 | name   | type",
        "array            | {\"name\":[\"a\"]}                          | 400 | name   | type",
        "duplicate        | {\"name\":\"a\",\"name\":\"b\"}             | 400 | name   | duplicate-field",
        "not JSON         | name=alice                                  | 400 | -      | syntax",
        "JSON array       | [\"alice\"]                                 | 400 | -      | type",
        "empty body       | ''                                          | 400 | -      | required",
    })
    void badInputIsExplained(String what, String body, int status, String field, String rule) {
        HttpResponse<String> response = arena.postJson("/api/players", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:invalid-request");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.path("rule").asText(null)).isEqualTo(rule);
        assertThat(problem.path("field").asText(null)).isEqualTo(field);
    }

    @Test
    void aBodyOver64KiBIsRefusedWith413() {
        String body = "{\"name\":\"" + "a".repeat(64 * 1024) + "\"}";

        HttpResponse<String> response = arena.postJson("/api/players", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).get("rule").asText()).isEqualTo("max-size");
    }

    @Test
    void aChunkedBodyOver64KiBIsRefusedWith413() {
        byte[] chunk = "a".repeat(8 * 1024).getBytes();
        HttpRequest.BodyPublisher unknownLength = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArrays(java.util.Collections.nCopies(10, chunk)));

        HttpResponse<String> response = arena.send(arena.request("/api/players")
                .header("Content-Type", "application/json").POST(unknownLength));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = arena.send(arena.request("/api/players")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("detail").asText()).contains("application/json");
    }
}
