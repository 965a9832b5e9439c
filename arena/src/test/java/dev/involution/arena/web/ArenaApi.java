package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.RunningArena;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What the browser tests set up and check through the public API, as the admin or a player. */
final class ArenaApi {
    private final RunningArena arena;
    private final String admin;

    ArenaApi(RunningArena arena) {
        this.arena = arena;
        this.admin = arena.savedAdminToken();
    }

    String adminToken() {
        return admin;
    }

    /** Creates a match from a JSON config; answers its id. */
    String create(String configJson) {
        HttpResponse<String> r = send("POST", "/api/matches", admin, configJson);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RunningArena.json(r).get("matchId").asText();
    }

    void control(String matchId, String action) {
        HttpResponse<String> r = send("POST", "/api/matches/" + matchId + "/" + action, admin, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = arena.request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return arena.send(request);
    }

    JsonNode match(String matchId) {
        HttpResponse<String> r = arena.get("/api/matches/" + matchId);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return RunningArena.json(r);
    }

    String status(String matchId) {
        return match(matchId).get("summary").get("status").asText();
    }

    /** Every event of the match so far. */
    List<JsonNode> events(String matchId) {
        List<JsonNode> all = new ArrayList<>();
        long from = 1;
        while (true) {
            HttpResponse<String> r = arena.get("/api/matches/" + matchId + "/events?from=" + from + "&limit=10000");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode page = RunningArena.json(r);
            page.forEach(all::add);
            if (page.size() < 10_000) {
                return all;
            }
            from = page.get(page.size() - 1).get("seq").asLong() + 1;
        }
    }

    /** The report of a settled round, from the event history. */
    JsonNode roundReport(String matchId, int round) {
        return events(matchId).stream()
                .filter(e -> e.get("type").asText().equals("round-settled"))
                .map(e -> e.get("report"))
                .filter(r -> r.get("round").asInt() == round)
                .findFirst()
                .orElseThrow(() -> new AssertionError("round " + round + " is not settled"));
    }

    /** One firm's result in a round's report. */
    static JsonNode firm(JsonNode report, int firmId) {
        for (JsonNode f : report.get("firms")) {
            if (f.get("firmId").asInt() == firmId) {
                return f;
            }
        }
        throw new AssertionError("no firm " + firmId + " in " + report);
    }

    RunningArena.Registered register(String name) {
        return arena.register(name);
    }

    int join(String matchId, RunningArena.Registered player) {
        HttpResponse<String> r = send("POST", "/api/matches/" + matchId + "/seats", player.token(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RunningArena.json(r).get("firmId").asInt();
    }

    /** Polls the match until {@code condition} holds (the server's clock drives rounds; nothing is timed here). */
    JsonNode awaitMatch(String matchId, String what, Predicate<JsonNode> condition) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode m = match(matchId);
            if (condition.test(m)) {
                return m;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the match never got to: " + what + "; last seen " + m.get("summary"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
