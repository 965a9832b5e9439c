package dev.involution.arena.http;

import akka.http.javadsl.model.HttpEntity;
import akka.http.javadsl.model.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    @Test
    void rendersRfc9457MembersThenExtensions() throws Exception {
        HttpResponse response = ProblemResponses.response(Problem.invalidField("orders[2].price", "range", "too high"));

        assertThat(response.status().intValue()).isEqualTo(400);
        assertThat(response.entity().getContentType().toString()).isEqualTo("application/problem+json");
        JsonNode json = Json.mapper().readTree(((HttpEntity.Strict) response.entity()).getData().toArray());
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "title", "status", "detail", "rule", "field");
        assertThat(json.get("type").asText()).isEqualTo("urn:involution-arena:problem:invalid-request");
        assertThat(json.get("status").asInt()).isEqualTo(400);
        assertThat(json.get("field").asText()).isEqualTo("orders[2].price");
        assertThat(json.get("rule").asText()).isEqualTo("range");
    }

    @Test
    void rateLimitProblemSaysUntilWhen() {
        Instant until = Instant.parse("2030-01-02T03:04:05Z");

        Problem problem = Problem.tooManyRequests(until);

        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.extensions()).containsEntry("until", "2030-01-02T03:04:05Z");
    }

    @Test
    void statusOnlyProblemsAreAboutBlank() {
        Problem problem = Problem.ofStatus(409, "Conflict", "already there");

        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.members()).containsEntry("title", "Conflict").containsEntry("detail", "already there");
    }
}
