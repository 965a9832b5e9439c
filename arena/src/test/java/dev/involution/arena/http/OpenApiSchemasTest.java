package dev.involution.arena.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.match.Rejection;
import dev.involution.arena.http.join.JoinViews;
import dev.involution.arena.http.match.MatchHistory;
import dev.involution.arena.http.player.PlayerRoutes;
import dev.involution.arena.testkit.OpenApiDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas of openapi.yaml are the records the server reads and writes: the same fields, of
 * the same JSON types, the same required fields and enum values, all the way down. Events are
 * checked in their public form (without the fields only their player may know).
 */
class OpenApiSchemasTest {

    private static final OpenApiDocument API = OpenApiDocument.fromClasspath();
    private static final String BOTS_API = "dev.involution.bots.api.";

    /** Schemas of the server's own records outside the bots API, by name. */
    private static final Map<String, Class<?>> SERVER_RECORDS = Map.ofEntries(
            Map.entry("Health", OperationsRoutes.Health.class),
            Map.entry("RegisterPlayer", PlayerRoutes.RegisterPlayer.class),
            Map.entry("Registration", PlayerRoutes.Registration.class),
            Map.entry("PlayerView", PlayerRoutes.PlayerView.class),
            Map.entry("Noop", OperationsRoutes.Noop.class),
            Map.entry("PolicySet", MatchEntity.PolicySet.class),
            Map.entry("PolicySettings", PolicySettings.class),
            Map.entry("JoinCodeView", JoinViews.JoinCodeView.class),
            Map.entry("JoinLink", JoinViews.JoinLink.class),
            Map.entry("JoinLookup", JoinViews.JoinLookup.class),
            Map.entry("Ready", OperationsRoutes.Ready.class));

    /** Schemas that are not one record: problems, and messages assembled as JSON. */
    private static final Set<String> NOT_RECORDS = Set.of("Problem", "StreamMessage", "StreamSnapshot", "Heartbeat",
            "MatchEvent", "TournamentStreamMessage", "TournamentStreamSnapshot", "TournamentStreamDelta",
            "TournamentStreamResync");

    /** Records documented as a free-form object; docs/GAME.md explains them. */
    private static final Set<Class<?>> OPAQUE = Set.of(MarketConfig.class,
            dev.involution.arena.engine.FirmRemedyResult.class, dev.involution.arena.engine.RemedyIndicators.class,
            dev.involution.arena.engine.RemedyDecisions.class);

    /** An extension member the server adds to a problem: {@code .with("name", ...)}. */
    private static final Pattern PROBLEM_MEMBER = Pattern.compile("\\.with\\(\\s*\"([A-Za-z]+)\"");

    private final Set<String> checked = new TreeSet<>();

    @Test
    void everySchemaIsARecordOfTheServer() {
        List<String> problems = new ArrayList<>();
        API.schemas().fieldNames().forEachRemaining(name -> {
            Class<?> type = recordNamed(name);
            if (type != null) {
                checked.add(name);
                check(type, API.schemas().get(name), name, false, problems);
            }
        });
        checkEvents(problems);

        assertThat(problems).isEmpty();
        Set<String> unchecked = new TreeSet<>();
        API.schemas().fieldNames().forEachRemaining(unchecked::add);
        unchecked.removeAll(checked);
        unchecked.removeAll(NOT_RECORDS);
        assertThat(unchecked).as("schemas that no record checks").isEmpty();
    }

    @Test
    void theEventSchemasAreTheEventTypes() {
        JsonNode mapping = API.schemas().get("MatchEvent").get("discriminator").get("mapping");
        Set<String> documented = new TreeSet<>();
        mapping.fieldNames().forEachRemaining(documented::add);
        Set<String> sent = new TreeSet<>();
        for (JsonSubTypes.Type type : MatchEvent.class.getAnnotation(JsonSubTypes.class).value()) {
            sent.add(type.name());
        }

        assertThat(documented).isEqualTo(sent);
        assertThat(API.schemas().get("MatchEvent").get("oneOf")).hasSize(sent.size());
    }

    @Test
    void thePolicyNamesAreThePolicies() {
        List<String> documented = new ArrayList<>();
        API.schemas().get("PolicyName").get("enum").forEach(v -> documented.add(v.asText()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(Policies.NAMES);
    }

    /**
     * A problem is not one record on the wire (the bots' {@code Problem} keeps unknown members in a
     * map): its schema has the RFC 9457 members, required, and every extension member the server's
     * code adds to a problem.
     */
    @Test
    void theProblemSchemaHasEveryMemberTheServerSends() throws IOException {
        JsonNode problem = API.schemas().get("Problem");
        Set<String> documented = new TreeSet<>();
        problem.path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> required = new TreeSet<>();
        problem.path("required").forEach(r -> required.add(r.asText()));
        Set<String> sent = new TreeSet<>(List.of("type", "title", "status", "detail"));
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher member = PROBLEM_MEMBER.matcher(Files.readString(source));
                while (member.find()) {
                    sent.add(member.group(1));
                }
            }
        }

        sent.addAll(Rejection.NUMBERS);
        assertThat(sent).as("members the server puts in problems").contains("field", "rule", "code", "untilRound");
        assertThat(documented).as("members of the Problem schema").isEqualTo(sent);
        assertThat(required).containsExactlyInAnyOrder("type", "title", "status", "detail");
        assertThat(problem.path("additionalProperties").asBoolean()).isTrue();
    }

    private void checkEvents(List<String> problems) {
        JsonNode mapping = API.schemas().get("MatchEvent").get("discriminator").get("mapping");
        for (JsonSubTypes.Type type : MatchEvent.class.getAnnotation(JsonSubTypes.class).value()) {
            JsonNode ref = mapping.get(type.name());
            if (ref == null) {
                continue;
            }
            String name = ref.asText().substring("#/components/schemas/".length());
            JsonNode schema = API.schemas().get(name);
            checked.add(name);
            JsonNode typeProperty = schema.path("properties").path("type");
            if (!typeProperty.path("enum").toString().equals("[\"" + type.name() + "\"]")) {
                problems.add(name + ".type must be the one value " + type.name());
            }
            checkRecord(type.value(), schema, name, true, Set.of("type"), problems);
        }
    }

    private static Class<?> recordNamed(String schema) {
        if (NOT_RECORDS.contains(schema)) {
            return null;
        }
        if (SERVER_RECORDS.containsKey(schema)) {
            return SERVER_RECORDS.get(schema);
        }
        try {
            return Class.forName(BOTS_API + schema);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Whether {@code schema} (at {@code where}) describes JSON of the Java {@code type}; what is wrong goes to problems. */
    private void check(Type type, JsonNode schema, String where, boolean publicForm, List<String> problems) {
        String ref = OpenApiDocument.refName(schema);
        if (ref != null) {
            checked.add(ref);
        }
        JsonNode resolved = API.resolve(schema);
        if (resolved.has("allOf") && resolved.get("allOf").size() == 1) {
            check(type, resolved.get("allOf").get(0), where, publicForm, problems);
            return;
        }
        Class<?> raw = raw(type);
        String json = resolved.path("type").asText();
        String format = resolved.path("format").asText(null);
        if (raw == long.class || raw == Long.class) {
            expect(json, format, "integer", "int64", where, problems);
        } else if (raw == int.class || raw == Integer.class) {
            expect(json, format, "integer", "int32", where, problems);
        } else if (raw == double.class || raw == Double.class) {
            expect(json, format, "number", "double", where, problems);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(json, format, "boolean", null, where, problems);
        } else if (raw == String.class) {
            expect(json, format, "string", format, where, problems);
        } else if (raw == Instant.class) {
            expect(json, format, "string", "date-time", where, problems);
        } else if (raw.isEnum()) {
            expect(json, format, "string", null, where, problems);
            Set<String> values = new TreeSet<>();
            resolved.path("enum").forEach(v -> values.add(v.asText()));
            Set<String> constants = new TreeSet<>();
            Arrays.stream(raw.getEnumConstants()).forEach(c -> constants.add(c.toString()));
            if (!values.equals(constants)) {
                problems.add(where + ": enum " + values + " but the server has " + constants);
            }
        } else if (List.class.isAssignableFrom(raw)) {
            expect(json, format, "array", null, where, problems);
            check(((ParameterizedType) type).getActualTypeArguments()[0], resolved.path("items"), where + "[]",
                    publicForm, problems);
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(json, format, "object", null, where, problems);
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            if (value == Object.class) {
                if (resolved.has("properties") || !resolved.path("additionalProperties").asBoolean()) {
                    problems.add(where + ": a map of any values must be documented with additionalProperties: true");
                }
            } else {
                check(value, resolved.path("additionalProperties"), where + "{}", publicForm, problems);
            }
        } else if (raw.isRecord()) {
            checkRecord(raw, resolved, where, publicForm, Set.of(), problems);
        } else {
            problems.add(where + ": no rule for Java type " + type);
        }
    }

    private void checkRecord(Class<?> record, JsonNode schema, String where, boolean publicForm, Set<String> extra,
                             List<String> problems) {
        if (!"object".equals(schema.path("type").asText())) {
            problems.add(where + ": must be an object");
            return;
        }
        if (OPAQUE.contains(record) && !schema.has("properties") && schema.path("additionalProperties").asBoolean()) {
            return;
        }
        Set<String> expected = new TreeSet<>(extra);
        Map<String, Method> derived = derivedProperties(record);
        expected.addAll(derived.keySet());
        Set<String> required = new HashSet<>(extra);
        boolean readByTheServer = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()
                && record.getName().startsWith(BOTS_API);
        JsonInclude include = record.getAnnotation(JsonInclude.class);
        boolean leavesOutNulls = include != null && include.value() == JsonInclude.Include.NON_NULL;
        for (RecordComponent component : record.getRecordComponents()) {
            if (publicForm && MatchHistory.PRIVATE_FIELDS.contains(component.getName())) {
                continue;
            }
            expected.add(component.getName());
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            boolean requiredInRequests = property != null && property.required();
            // What the server reads: the fields it requires. What it writes: every member, null or not,
            // except those it leaves out when null.
            JsonInclude own = component.getAccessor().getAnnotation(JsonInclude.class);
            boolean leftOutWhenNull = leavesOutNulls || own != null && own.value() == JsonInclude.Include.NON_NULL;
            if (readByTheServer ? requiredInRequests : !leftOutWhenNull) {
                required.add(component.getName());
            }
            JsonNode documented = API.resolve(schema.path("properties").path(component.getName()));
            if (component.getType().isPrimitive() && documented.path("nullable").asBoolean()) {
                problems.add(where + "." + component.getName() + ": documented nullable, but never null");
            }
        }
        if (!readByTheServer && !leavesOutNulls) {
            required.addAll(derived.keySet());
        }
        Set<String> documented = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        if (!documented.equals(expected)) {
            problems.add(where + ": properties " + documented + " but " + record.getName() + " has " + expected);
            return;
        }
        Set<String> documentedRequired = new HashSet<>();
        schema.path("required").forEach(r -> documentedRequired.add(r.asText()));
        if (!documentedRequired.equals(required)) {
            problems.add(where + ": required " + documentedRequired + " but the server requires " + required);
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (documented.contains(component.getName())) {
                check(component.getGenericType(), schema.get("properties").get(component.getName()),
                        where + "." + component.getName(), publicForm, problems);
            }
        }
        derived.forEach((name, method) -> check(method.getGenericReturnType(), schema.get("properties").get(name),
                where + "." + name, publicForm, problems));
    }

    /** Properties the server's JSON mapper adds to a record beyond its components (through a mix-in). */
    private static Map<String, Method> derivedProperties(Class<?> record) {
        Map<String, Method> derived = new java.util.TreeMap<>();
        Class<?> mixin = Json.mapper().findMixInClassFor(record);
        if (mixin != null) {
            for (Method m : mixin.getDeclaredMethods()) {
                JsonProperty property = m.getAnnotation(JsonProperty.class);
                if (property != null) {
                    derived.put(property.value(), m);
                }
            }
        }
        return derived;
    }

    private static void expect(String json, String format, String type, String expectedFormat, String where,
                               List<String> problems) {
        if (!type.equals(json) || (expectedFormat != null && !expectedFormat.equals(format))) {
            problems.add(where + ": documented as " + json + (format == null ? "" : "/" + format)
                    + ", the server sends " + type + (expectedFormat == null ? "" : "/" + expectedFormat));
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
