package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** The arena's OpenAPI document (openapi.yaml), parsed, with what tests ask of it. */
public record OpenApiDocument(JsonNode root) {

    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static OpenApiDocument parse(String yaml) {
        try {
            return new OpenApiDocument(YAML.readTree(yaml));
        } catch (IOException e) {
            throw new AssertionError("openapi.yaml is not YAML: " + e.getMessage(), e);
        }
    }

    /** The document the server serves, as packaged on the classpath. */
    public static OpenApiDocument fromClasspath() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new AssertionError("openapi.yaml is not on the classpath");
            }
            return new OpenApiDocument(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every documented operation as {@code "METHOD /path"}, e.g. {@code "GET /api/matches/{matchId}"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The operations that take a JSON request body, e.g. {@code "POST /api/matches/{matchId}/orders"}. */
    public Set<String> jsonBodyOperations() {
        Set<String> operations = new TreeSet<>();
        for (String operation : operations()) {
            if (resolve(operation(operation).path("requestBody")).path("content").has("application/json")) {
                operations.add(operation);
            }
        }
        return operations;
    }

    /** The WebSocket streams: the GET operations whose path ends in {@code /stream}. */
    public Set<String> streams() {
        Set<String> streams = new TreeSet<>();
        for (String operation : operations()) {
            if (operation.startsWith("GET ") && operation.endsWith("/stream")) {
                streams.add(operation);
            }
        }
        return streams;
    }

    /** Who an operation is documented for: {@code adminToken}, {@code playerToken}, or {@code none}. */
    public String security(String operation) {
        JsonNode security = operation(operation).path("security");
        if (!security.isArray() || security.isEmpty()) {
            return "none";
        }
        return security.get(0).fieldNames().next();
    }

    /** The operation object of {@code "METHOD /path"}. */
    public JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return root.get("paths").get(parts[1]).get(parts[0].toLowerCase());
    }

    public JsonNode schemas() {
        return root.get("components").get("schemas");
    }

    /** The node itself, or what its {@code $ref} ({@code #/components/...}) points to, followed to the end. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new AssertionError("only local references are used: " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new AssertionError("dangling reference " + ref);
            }
            current = target;
        }
        return current;
    }

    /** The schema name a {@code $ref} names, e.g. {@code MatchSummary}; null for an inline schema. */
    public static String refName(JsonNode schema) {
        return schema.has("$ref") ? schema.get("$ref").asText().substring("#/components/schemas/".length()) : null;
    }
}
