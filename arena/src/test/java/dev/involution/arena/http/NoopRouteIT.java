package dev.involution.arena.http;

import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The no-op routes for load baselines: the edge and the JSON reader, nothing else. */
class NoopRouteIT {

    private static RunningArena arena;

    @BeforeAll
    static void start() {
        arena = RunningArena.start();
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void postReadsAndDiscardsAJsonBody() {
        HttpResponse<String> response = arena.postJson("/api/noop", "{\"side\":\"BUY\",\"price\":100,\"quantity\":1}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json(response).get("ok").asBoolean()).isTrue();
    }

    @Test
    void postRefusesWhatIsNotJsonLikeEveryApiRoute() {
        HttpResponse<String> broken = arena.postJson("/api/noop", "{\"price\":");
        HttpResponse<String> text = arena.send(arena.request("/api/noop").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(text.statusCode()).isEqualTo(415);
    }

    @Test
    void getAnswersWithoutBody() {
        HttpResponse<String> response = arena.get("/api/noop");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("ok").asBoolean()).isTrue();
    }
}
