package dev.involution.arena.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModule;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

class EdgeIT {

    /** A module as a feature would write one: its routes get the arena's edge. */
    private static final ArenaModule PROBE = context -> pathPrefix("probe", () -> concat(
            path("ws", () -> context.origins().allowedOrigin(() -> complete("handshake allowed"))),
            path("fails", () -> {
                throw new IllegalStateException("secret internals");
            }),
            path("problem", () -> {
                throw new ProblemException(Problem.invalidField("price", "range", "must be at most 10"));
            })));

    private static RunningArena arena;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(UnaryOperator.identity(), List.of(PROBE));
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void healthSaysUpOnceTheJournalAnswers() {
        HttpResponse<String> response = arena.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json(response).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aSingleNodeIsReadyOnceItServes() {
        HttpResponse<String> response = arena.get("/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("READY");
        assertThat(json(response).get("member").asText()).isEqualTo("Up");
    }

    @Test
    void metricsArePrometheusText() {
        HttpResponse<String> response = arena.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(response.body())
                .contains("# TYPE arena_http_requests_total counter")
                .contains("arena_http_requests_total{code=\"200\"}")
                .contains("# TYPE arena_orders_total counter")
                .contains("# TYPE arena_trades_total counter")
                .contains("# TYPE arena_websocket_connections gauge");
    }

    @Test
    void unknownPathsAre404ProblemJson() {
        HttpResponse<String> response = arena.get("/no/such/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asText()).isEqualTo("Not Found");
        assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:not-found");
    }

    @Test
    void wrongMethodsAre405WithAllow() {
        HttpResponse<String> response = arena.send(arena.request("/health").DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).get("detail").asText()).contains("GET");
    }

    @Test
    void requestsTooMalformedToRouteAreProblemJsonToo() {
        HttpResponse<String> response = arena.get("/" + "a".repeat(5000));

        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(414);
    }

    @Test
    void theServerHeaderAdvertisesNoVersion() {
        HttpResponse<String> response = arena.get("/health");

        assertThat(response.headers().firstValue("Server")).hasValueSatisfying(server ->
                assertThat(server).isEqualTo("involution-arena").doesNotContainPattern("[0-9/]"));
        assertThat(arena.get("/nope").headers().firstValue("Server")).contains("involution-arena");
    }

    @Test
    void exceptionsAre500ProblemsThatRevealNothing() {
        HttpResponse<String> response = arena.get("/probe/fails");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
    }

    @Test
    void routesRaiseProblemsWithFieldAndRule() {
        JsonNode problem = json(arena.get("/probe/problem"));

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("field").asText()).isEqualTo("price");
        assertThat(problem.get("rule").asText()).isEqualTo("range");
    }

    @Test
    void webSocketHandshakesFromForeignOriginsAre403() {
        String self = "http://127.0.0.1:" + arena.arena().port();

        assertThat(arena.get("/probe/ws").statusCode()).as("no Origin: a bot").isEqualTo(200);
        assertThat(arena.send(withOrigin(self)).statusCode()).as("same origin").isEqualTo(200);

        HttpResponse<String> foreign = arena.send(withOrigin("https://evil.example.com"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(foreign).get("rule").asText()).isEqualTo("same-origin");
    }

    private static HttpRequest.Builder withOrigin(String origin) {
        return arena.request("/probe/ws").header("Origin", origin).GET();
    }
}
