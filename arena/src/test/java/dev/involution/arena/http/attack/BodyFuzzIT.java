package dev.involution.arena.http.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random bodies for every operation of the OpenAPI document that reads a JSON body, from its
 * rightful caller: JSON of any shape built from the document's field names and hostile values
 * (wrong types, nulls, numbers past 64 bits, control and format characters, deep nesting), and
 * text that is no JSON at all. Never a server error; every refusal is problem+json and changes
 * nothing.
 */
class BodyFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger fuzzed = new AtomicInteger();
    private static final AtomicInteger refused = new AtomicInteger();
    private static AttackArena target;
    private static List<String> operations;
    private static List<String> fieldNames;

    @BeforeContainer
    static void start() {
        target = AttackArena.start(settings -> settings);
        operations = List.copyOf(target.document.jsonBodyOperations());
        Set<String> names = new TreeSet<>();
        target.document.schemas().properties().forEach(schema ->
                schema.getValue().path("properties").fieldNames().forEachRemaining(names::add));
        fieldNames = List.copyOf(names);
    }

    @AfterContainer
    static void stop() {
        System.out.printf("Body fuzz: %d bodies fuzzed over %d operations, %d refused (all problem+json, none changed"
                + " anything), 0 server errors%n", fuzzed.get(), operations == null ? 0 : operations.size(), refused.get());
        if (target != null) {
            target.close();
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void noBodyBreaksTheArenaAndNoRefusalChangesAnything(@ForAll("operation") String operation,
                                                          @ForAll("body") String body) {
        String[] parts = operation.split(" ", 2);
        String token = switch (target.document.security(operation)) {
            case "adminToken" -> target.admin;
            case "playerToken" -> target.alice.token();
            default -> null;
        };
        String before = AuthorizationMatrixIT.fingerprint(target);
        fuzzed.incrementAndGet();

        HttpResponse<String> response = target.api.call(parts[0], target.concrete(parts[1], 1), token, body);

        int status = response.statusCode();
        assertThat(status).as("%s with %s: %s", operation, body, response.body()).isLessThan(500);
        if (status >= 400) {
            refused.incrementAndGet();
            assertThat(response.headers().firstValue("Content-Type")).as(operation)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(response).path("status").asInt()).isEqualTo(status);
            assertThat(AuthorizationMatrixIT.fingerprint(target)).as("%s refused %s", operation, body).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> operation() {
        return Arbitraries.of(operations);
    }

    @Provide
    Arbitrary<String> body() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, object(2).map(BodyFuzzIT::write)),
                net.jqwik.api.Tuple.of(2, value(1).map(BodyFuzzIT::write)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, object(2).map(BodyFuzzIT::write).map(text -> text.substring(0, text.length() / 2))));
    }

    private Arbitrary<JsonNode> object(int depth) {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(fieldNames)),
                net.jqwik.api.Tuple.of(1, hostileText()));
        return Combinators.combine(key.list().ofMaxSize(6), value(depth).list().ofMaxSize(6)).as((keys, values) -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
                node.set(keys.get(i), values.get(i));
            }
            return (JsonNode) node;
        });
    }

    private Arbitrary<JsonNode> value(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<Arbitrary<JsonNode>> leaves = new ArrayList<>(List.of(
                hostileText().map(f::textNode),
                Arbitraries.of("BUY", "SELL", "guardrails", "laissez-faire", "round-robin", "swiss", "fast", "live",
                        "classroom", "cost-plus", "hello").map(f::textNode),
                Arbitraries.longs().map(f::numberNode),
                Arbitraries.longs().between(-5, 20_000).map(f::numberNode),
                Arbitraries.of(new BigInteger("18446744073709551617"), BigInteger.ONE.shiftLeft(200).negate())
                        .map(f::numberNode),
                Arbitraries.doubles().map(f::numberNode),
                Arbitraries.of(true, false).map(f::booleanNode),
                Arbitraries.just(f.nullNode())));
        if (depth > 0) {
            leaves.add(value(depth - 1).list().ofMaxSize(4).map(items -> {
                var array = f.arrayNode();
                items.forEach(array::add);
                return (JsonNode) array;
            }));
            leaves.add(object(depth - 1));
        }
        return Arbitraries.oneOf(leaves);
    }

    private static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars('\u0000', '\u0007', '\u001b', '\u200b', '\u202e', '\ufeff', '\u2028', 'a', ' ')
                        .ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().alpha().ofMinLength(100).ofMaxLength(300));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
