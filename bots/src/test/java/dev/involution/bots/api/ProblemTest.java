package dev.involution.bots.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void readsEveryMemberOfAProblemDocument() {
        Problem p = Problem.from(400, """
                {"type":"urn:involution-arena:problem:invalid-request","title":"Invalid request","status":400,
                 "detail":"price must be a whole number of cents between 1 and 1000000000","rule":"INVALID_PRICE",
                 "field":"price","limit":65536}""");

        assertThat(p.type()).isEqualTo("urn:involution-arena:problem:invalid-request");
        assertThat(p.slug()).isEqualTo("invalid-request");
        assertThat(p.title()).isEqualTo("Invalid request");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.detail()).startsWith("price must be");
        assertThat(p.rule()).isEqualTo("INVALID_PRICE");
        assertThat(p.field()).isEqualTo("price");
        assertThat(p.until()).isNull();
        assertThat(p.extensions()).containsOnlyKeys("limit");
        assertThat(p.extensions().get("limit").asLong()).isEqualTo(65536);
    }

    @Test
    void aRateLimitProblemKeepsItsUntil() {
        Problem p = Problem.from(429, """
                {"type":"urn:involution-arena:problem:rate-limited","title":"Too Many Requests","status":429,
                 "detail":"request rate limit exceeded","until":"2030-01-01T00:00:00Z"}""");

        assertThat(p.slug()).isEqualTo("rate-limited");
        assertThat(p.until()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(p.extensions()).isEmpty();
    }

    @Test
    void aBodyThatIsNotAProblemStillGivesOneWithTheHttpStatus() {
        Problem html = Problem.from(502, "<html><body>Bad gateway</body></html>");
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.type()).isEqualTo("about:blank");
        assertThat(html.title()).isEqualTo("Bad Gateway");
        assertThat(html.detail()).contains("Bad gateway");

        Problem empty = Problem.from(503, "");
        assertThat(empty.title()).isEqualTo("Service Unavailable");
        assertThat(empty.detail()).isEqualTo("no details given");

        Problem array = Problem.from(500, "[1,2]");
        assertThat(array.type()).isEqualTo("about:blank");
        assertThat(array.status()).isEqualTo(500);
    }

    @Test
    void missingMembersFallBackToTheHttpAnswer() {
        Problem p = Problem.from(404, "{\"detail\":\"no match with id 'x'\"}");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.type()).isEqualTo("about:blank");
        assertThat(p.title()).isEqualTo("Not Found");
        assertThat(p.slug()).isEqualTo("about:blank");
    }
}
