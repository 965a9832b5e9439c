package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A match of subsidizers under guardrails on a real arena: the regulator's interventions reach the
 * stream and the event history, and a decision breaking an active cap is refused naming the rule.
 */
class RegulatorIT {
    private static RunningArena arena;
    private static String matchId;
    private static RunningArena.Registered player;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
        String admin = arena.savedAdminToken();
        HttpResponse<String> created = send(admin, "POST", "/api/matches", "{\"roundMillis\":250,\"rounds\":40,"
                + "\"seats\":8,\"policy\":\"guardrails\",\"houseBots\":[\"subsidizer\",\"subsidizer\",\"subsidizer\","
                + "\"subsidizer\",\"undercutter\",\"undercutter\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        matchId = RunningArena.json(created).get("matchId").asText();
        player = arena.register("Watcher");
        assertThat(send(player.token(), "POST", "/api/matches/" + matchId + "/seats", null).statusCode()).isEqualTo(201);
        assertThat(send(admin, "POST", "/api/matches/" + matchId + "/start", null).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    private static HttpResponse<String> send(String token, String method, String path, String json) {
        HttpRequest.Builder r = arena.request(path).header("Authorization", "Bearer " + token);
        if (json != null) {
            r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return arena.send(r);
    }

    @Test
    void interventionsReachTheStreamAndTheHistoryAndCapsAreEnforced() throws Exception {
        StreamClient stream = StreamClient.connect(arena, matchId, "?from=1", null);
        JsonNode cap = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (cap == null && System.nanoTime() < deadline) {
            JsonNode m = stream.poll(1);
            if (m != null && m.get("type").asText().equals("intervention-imposed")
                    && m.get("intervention").get("kind").asText().equals("GIVEAWAY_CAP")) {
                cap = m;
            }
        }
        stream.socket().abort();
        assertThat(cap).as("a giveaway cap on the stream").isNotNull();
        assertThat(cap.get("intervention").get("reason").asText()).contains("spiral index");

        JsonNode history = RunningArena.json(arena.get("/api/matches/" + matchId + "/events?from=1&limit=10000"));
        long seq = cap.get("seq").asLong();
        boolean inHistory = false;
        for (JsonNode e : history) {
            inHistory |= e.get("seq").asLong() == seq && e.get("type").asText().equals("intervention-imposed");
        }
        assertThat(inHistory).as("the cap is in the event history").isTrue();

        long value = cap.get("intervention").get("value").asLong();
        HttpResponse<String> partly = send(player.token(), "PUT", "/api/matches/" + matchId + "/decisions",
                "{\"price\":20,\"bounty\":" + (value + 100) + ",\"rnd\":500}");
        assertThat(partly.statusCode()).as("the allowed parts apply: %s", partly.body()).isEqualTo(200);
        JsonNode applied = RunningArena.json(partly);
        assertThat(applied.get("rnd").asLong()).isEqualTo(500);
        assertThat(applied.get("bounty").asLong()).isLessThanOrEqualTo(value);
        JsonNode adjustment = applied.get("adjustments").get(0);
        assertThat(adjustment.get("code").asText()).isIn("GIVEAWAY_CAP_EXCEEDED", "COOLING_OFF", "PRICE_BELOW_FLOOR");
        assertThat(adjustment.get("intervention").get("untilRound").asInt()).isPositive();
        assertThat(adjustment.get("intervention").get("figures")).isNotEmpty();
        assertThat(adjustment.get("message").asText()).contains("until round");
        JsonNode view = RunningArena.json(arena.get("/api/matches/" + matchId));
        assertThat(view.get("summary").get("policy").asText()).isEqualTo("guardrails");
    }
}
