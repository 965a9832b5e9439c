package dev.involution.arena.join;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.RunningArena;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Join codes over HTTP against a real arena: the admin gets a match's or tournament's code with its
 * links and QR codes, anyone looks a code up, bad codes are refused with problem+json, a code ends
 * with its match, survives a restart, and lookups are rate-limited per address.
 */
class JoinCodeIT {

    private static RunningArena start(int burst) {
        return RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.http.join-lookups.burst", burst)
                .with("arena.http.join-lookups.per-minute", 1), ArenaModules.standard());
    }

    private static HttpResponse<String> send(RunningArena arena, String method, String path, String token, String json) {
        HttpRequest.Builder request = arena.request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return arena.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String createMatch(RunningArena arena, String json) {
        HttpResponse<String> r = send(arena, "POST", "/api/matches", arena.savedAdminToken(), json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RunningArena.json(r).get("matchId").asText();
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void aMatchsCodeLeadsToItUntilItIsOverAndOutlivesARestart() {
        RunningArena arena = start(1000);
        try {
            String admin = arena.savedAdminToken();
            String matchId = createMatch(arena, "{\"name\":\"Class 9A\",\"preset\":\"classroom\",\"rounds\":20}");

            assertProblem(arena.get("/api/matches/" + matchId + "/join-code"), 401);
            HttpResponse<String> issued = arena.get("/api/matches/" + matchId + "/join-code", admin);
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
            JsonNode view = RunningArena.json(issued);
            String code = view.get("code").asText();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
            assertThat(view.get("kind").asText()).isEqualTo("match");
            assertThat(view.get("id").asText()).isEqualTo(matchId);
            JsonNode link = view.get("links").get(0);
            assertThat(link.get("origin").asText()).isEqualTo("http://127.0.0.1:" + arena.arena().port());
            assertThat(link.get("url").asText()).isEqualTo(link.get("origin").asText() + "/#/join/" + code);
            assertThat(link.get("qr").size()).isGreaterThanOrEqualTo(21 + 8);
            assertThat(RunningArena.json(arena.get("/api/matches/" + matchId + "/join-code", admin))
                    .get("code").asText()).as("asked again, the same code").isEqualTo(code);

            for (String typed : new String[] {code, code.toLowerCase(), code.substring(0, 3) + "-" + code.substring(3)}) {
                HttpResponse<String> found = arena.get("/api/join/" + typed);
                assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
                JsonNode lookup = RunningArena.json(found);
                assertThat(lookup.get("id").asText()).isEqualTo(matchId);
                assertThat(lookup.get("kind").asText()).isEqualTo("match");
                assertThat(lookup.get("name").asText()).isEqualTo("Class 9A");
                assertThat(lookup.get("status").asText()).isEqualTo("OPEN");
            }
            assertProblem(arena.get("/api/join/K0PM2Q"), 400);
            assertProblem(arena.get("/api/join/short"), 400);
            String unused = code.equals("ABCDEF") ? "ABCDEG" : "ABCDEF";
            HttpResponse<String> unknown = arena.get("/api/join/" + unused);
            assertProblem(unknown, 404);
            assertThat(RunningArena.json(unknown).get("code").asText()).isEqualTo("UNKNOWN_JOIN_CODE");
            assertProblem(arena.get("/api/matches/nosuchmatch/join-code", admin), 404);

            arena = arena.restart();
            admin = arena.savedAdminToken();
            assertThat(RunningArena.json(arena.get("/api/join/" + code)).get("id").asText())
                    .as("the code after a restart").isEqualTo(matchId);

            assertThat(send(arena, "POST", "/api/matches/" + matchId + "/stop", admin, null).statusCode()).isEqualTo(200);
            assertProblem(arena.get("/api/join/" + code), 404);
            HttpResponse<String> over = arena.get("/api/matches/" + matchId + "/join-code", admin);
            assertProblem(over, 409);
            assertThat(RunningArena.json(over).get("code").asText()).isEqualTo("CLASS_OVER");
        } finally {
            arena.close();
        }
    }

    @Test
    void aLiveTournamentHasACodeAndPracticeMatchesHaveNone() {
        try (RunningArena arena = start(1000)) {
            String admin = arena.savedAdminToken();
            HttpResponse<String> created = send(arena, "POST", "/api/tournaments", admin,
                    "{\"name\":\"Friday league\",\"mode\":\"live\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String tournamentId = RunningArena.json(created).get("summary").get("tournamentId").asText();
            String code = RunningArena.json(arena.get("/api/tournaments/" + tournamentId + "/join-code", admin))
                    .get("code").asText();
            JsonNode lookup = RunningArena.json(arena.get("/api/join/" + code));
            assertThat(lookup.get("kind").asText()).isEqualTo("tournament");
            assertThat(lookup.get("id").asText()).isEqualTo(tournamentId);

            RunningArena.Registered ada = arena.register("Ada");
            HttpResponse<String> practice = send(arena, "POST", "/api/practice", ada.token(), null);
            assertThat(practice.statusCode()).as(practice.body()).isIn(200, 201);
            String practiceId = RunningArena.json(practice).get("matchId").asText();
            HttpResponse<String> refused = arena.get("/api/matches/" + practiceId + "/join-code", admin);
            assertProblem(refused, 409);
            assertThat(RunningArena.json(refused).get("code").asText()).isEqualTo("NOT_JOINABLE");
        }
    }

    @Test
    void lookupsFromOneAddressAreRateLimited() {
        try (RunningArena arena = start(5)) {
            for (int i = 0; i < 5; i++) {
                assertProblem(arena.get("/api/join/ABCDEF"), 404);
            }
            HttpResponse<String> limited = arena.get("/api/join/ABCDEG");
            assertProblem(limited, 429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
