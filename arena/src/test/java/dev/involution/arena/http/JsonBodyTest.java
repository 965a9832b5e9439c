package dev.involution.arena.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonBodyTest {

    enum Side { BUY, SELL }

    record Leg(@JsonProperty(required = true) Long amount) {
    }

    record Order(@JsonProperty(required = true) Side side,
                 @JsonProperty(required = true) long price,
                 Integer quantity,
                 String note,
                 List<Leg> legs) {
    }

    private final JsonBody body = new JsonBody(Json.mapper(), 64 * 1024, java.time.Duration.ofSeconds(1));

    private Order read(String json) {
        return body.read(json.getBytes(StandardCharsets.UTF_8), Order.class);
    }

    @Test
    void readsAValidBody() {
        Order order = read("{\"side\":\"BUY\",\"price\":9223372036854775807,\"quantity\":3,\"note\":\"hi\","
                + "\"legs\":[{\"amount\":1}]}");

        assertThat(order).isEqualTo(new Order(Side.BUY, Long.MAX_VALUE, 3, "hi", List.of(new Leg(1L))));
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        assertThat(read("{\"side\":\"SELL\",\"price\":1}")).isEqualTo(new Order(Side.SELL, 1, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "missing required enum       | {\"price\":1}                                            | side            | required",
        "null required enum          | {\"side\":null,\"price\":1}                              | side            | required",
        "missing required primitive  | {\"side\":\"BUY\"}                                       | price           | required",
        "null for a primitive        | {\"side\":\"BUY\",\"price\":null}                        | price           | required",
        "float for an integer        | {\"side\":\"BUY\",\"price\":1.5}                         | price           | type",
        "exponent for an integer     | {\"side\":\"BUY\",\"price\":1e3}                         | price           | type",
        "string for an integer       | {\"side\":\"BUY\",\"price\":\"100\"}                     | price           | type",
        "beyond long                 | {\"side\":\"BUY\",\"price\":9223372036854775808}         | price           | range",
        "below long                  | {\"side\":\"BUY\",\"price\":-9223372036854775809}        | price           | range",
        "beyond int                  | {\"side\":\"BUY\",\"price\":1,\"quantity\":2147483648}   | quantity        | range",
        "unknown enum value          | {\"side\":\"HOLD\",\"price\":1}                          | side            | enum",
        "number for an enum          | {\"side\":0,\"price\":1}                                 | side            | enum",
        "number for a string         | {\"side\":\"BUY\",\"price\":1,\"note\":5}                | note            | type",
        "boolean for a string        | {\"side\":\"BUY\",\"price\":1,\"note\":true}             | note            | type",
        "unknown field               | {\"side\":\"BUY\",\"price\":1,\"colour\":\"red\"}        | colour          | unknown-field",
        "nested wrong type           | {\"side\":\"BUY\",\"price\":1,\"legs\":[{\"amount\":1},{\"amount\":\"x\"}]} | legs[1].amount | type",
        "nested missing required     | {\"side\":\"BUY\",\"price\":1,\"legs\":[{}]}             | legs[0].amount  | required",
        "object for a list           | {\"side\":\"BUY\",\"price\":1,\"legs\":{}}               | legs            | type",
        "duplicate field             | {\"side\":\"BUY\",\"side\":\"SELL\",\"price\":1}         | side            | duplicate-field",
        "NaN                         | {\"side\":\"BUY\",\"price\":NaN}                         | price           | syntax",
        "nested Infinity             | {\"side\":\"BUY\",\"price\":1,\"legs\":[{\"amount\":1},{\"amount\":Infinity}]} | legs[1].amount | syntax",
        "bare word for a string      | {\"side\":\"BUY\",\"price\":1,\"note\":hi}             | note            | syntax",
        "trailing comma              | {\"side\":\"BUY\",\"price\":1,}                          | -               | syntax",
        "trailing data               | {\"side\":\"BUY\",\"price\":1} {}                        | -               | syntax",
        "unterminated                | {\"side\":\"BUY\",                                       | -               | syntax",
        "an array body               | [1]                                                      | -               | type",
        "a string body               | \"x\"                                                    | -               | type",
        "white space only            | '  '                                                     | -               | required",
    })
    void reportsFieldAndRule(String name, String json, String field, String rule) {
        ProblemException thrown = catchThrowableOfType(ProblemException.class, () -> read(json));

        assertThat(thrown).as("%s should be refused", json).isNotNull();
        Problem problem = thrown.problem();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.extensions().get("rule")).as(problem.detail()).isEqualTo(rule);
        assertThat(problem.extensions().get("field")).as(problem.detail()).isEqualTo(field);
        assertThat(problem.detail()).isNotBlank();
    }

    record Count(int count) {
    }

    @Test
    void primitivesAreRequired() {
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> body.read("{}".getBytes(StandardCharsets.UTF_8), Count.class));

        assertThat(thrown.problem().extensions()).containsEntry("field", "count").containsEntry("rule", "required");
    }

    record Validated(String code) {
        Validated {
            if (code != null && code.length() != 3) {
                throw new ProblemException(Problem.invalidField("code", "length", "must be 3 characters"));
            }
        }
    }

    @Test
    void aRecordMayReportItsOwnRule() {
        ProblemException thrown = catchThrowableOfType(ProblemException.class,
                () -> body.read("{\"code\":\"abcd\"}".getBytes(StandardCharsets.UTF_8), Validated.class));

        assertThat(thrown.problem().extensions()).containsEntry("field", "code").containsEntry("rule", "length");
    }
}
