package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import akka.http.javadsl.model.HttpEntity;
import akka.util.ByteString;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.JsonBody;
import dev.involution.arena.http.ProblemException;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OrderResult;
import dev.involution.bots.api.Trade;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order route's own JSON reading and writing says exactly what the strict mapper says. */
class OrderJsonTest {
    private static final JsonBody STRICT = new JsonBody(Json.mapper(), 64 * 1024, Duration.ofSeconds(1));

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"side\":\"BUY\",\"price\":5,\"quantity\":1}",
            "{\"quantity\":3,\"side\":\"SELL\",\"price\":9000000000}",
            "{\"side\":\"BUY\",\"price\":-1,\"quantity\":0,\"clientOrderId\":\"a-1\",\"round\":7}",
            "{\"side\":\"BUY\",\"price\":1,\"quantity\":1,\"clientOrderId\":null,\"round\":null}",
            " {\"side\" : \"BUY\", \"price\" : 1, \"quantity\" : 1 } "})
    void aWellFormedOrderReadsAsTheMapperReadsIt(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(OrderJson.read(bytes, STRICT)).isEqualTo(STRICT.read(bytes, OrderRequest.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"side\":\"BUY\",\"price\":5}",
            "{\"side\":\"buy\",\"price\":5,\"quantity\":1}",
            "{\"side\":\"BUY\",\"price\":5.5,\"quantity\":1}",
            "{\"side\":\"BUY\",\"price\":\"5\",\"quantity\":1}",
            "{\"side\":\"BUY\",\"price\":5,\"quantity\":1,\"extra\":true}",
            "{\"side\":\"BUY\",\"price\":5,\"price\":6,\"quantity\":1}",
            "{\"side\":\"BUY\",\"price\":5,\"quantity\":1} []",
            "{\"side\":\"BUY\",\"price\":99999999999999999999,\"quantity\":1}",
            "{\"side\":\"BUY\",\"price\":5,\"quantity\":1,\"round\":1.5}",
            "[1]", "null", "{"})
    void anythingElseGetsTheStrictReadersProblem(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ProblemException expected = catchThrowableOfType(ProblemException.class,
                () -> STRICT.read(bytes, OrderRequest.class));
        ProblemException actual = catchThrowableOfType(ProblemException.class, () -> OrderJson.read(bytes, STRICT));
        assertThat(expected).as("the strict reader refuses it").isNotNull();
        assertThat(actual).isNotNull();
        assertThat(actual.problem()).isEqualTo(expected.problem());
    }

    @Test
    void theAnswerIsTheMappersJson() throws Exception {
        for (OrderResult result : List.of(new OrderResult(12, "RESTING", List.of(), 3, 3),
                new OrderResult(Long.MAX_VALUE, "PARTIALLY_FILLED",
                        List.of(new Trade(5_000, 2, 0, -1), new Trade(5_100, 7, 0, 3)), 1, 10))) {
            HttpEntity.Strict entity = (HttpEntity.Strict) OrderJson.created(result).entity();
            assertThat(entity.getContentType().toString()).isEqualTo("application/json");
            assertThat(entity.getData()).isEqualTo(ByteString.fromArray(Json.mapper().writeValueAsBytes(result)));
        }
    }
}
