package dev.involution.arena.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The API's contract, openapi.yaml, held against real answers: every answer given to
 * {@link #check} is validated with the swagger-request-validator library (status documented for
 * the operation, content type, body against the schema: types, formats, required members,
 * nullability, enums, additional properties of closed schemas), and the documented operation it
 * belongs to is counted as exercised, with its status. WebSocket messages are validated as the
 * body of the operation's documented {@code 101} answer.
 */
public final class ApiContract {
    private final OpenApiInteractionValidator validator;
    private final OpenApiDocument document;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Set<Integer>> exercised = Collections.synchronizedMap(new TreeMap<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    private record Template(String method, String path, Pattern pattern, int parameters) {
    }

    public ApiContract() {
        String yaml;
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
        document = OpenApiDocument.parse(yaml);
        for (String operation : document.operations()) {
            String[] parts = operation.split(" ", 2);
            String regex = "\\Q" + parts[1].replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            templates.add(new Template(parts[0], parts[1], Pattern.compile(regex),
                    (int) parts[1].chars().filter(c -> c == '{').count()));
        }
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /** The documented operation ({@code "GET /api/matches/{matchId}"}) a request is for, or null. */
    public String operationOf(String method, String path) {
        String plain = URI.create(path).getPath();
        for (Template t : templates) {
            if (t.method().equals(method) && t.pattern().matcher(plain).matches()) {
                return t.method() + " " + t.path();
            }
        }
        return null;
    }

    /** Validates an answer to {@code method path} against the document; returns it. */
    public HttpResponse<String> check(String method, String path, HttpResponse<String> response) {
        check(method, path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
        return response;
    }

    /** Validates one answer (status, content type or null, body) to {@code method path}; answers whether it kept the contract. */
    public boolean check(String method, String path, int status, String contentType, String body) {
        String operation = operationOf(method, path);
        if (operation == null) {
            violations.add(method + " " + path + ": not a documented operation");
            return false;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            answer.withContentType(contentType);
        }
        if (!body.isEmpty()) {
            answer.withBody(body);
        }
        return record(operation, status, validator.validateResponse(URI.create(path).getPath(),
                Request.Method.valueOf(method), answer.build()), body);
    }

    /** Validates one message of a WebSocket route as its documented 101 answer. */
    public void checkMessage(String path, String json) {
        String operation = operationOf("GET", path);
        if (operation == null) {
            violations.add("GET " + path + ": not a documented operation");
            return;
        }
        SimpleResponse message = SimpleResponse.Builder.status(101).withContentType("application/json")
                .withBody(json).build();
        record(operation, 101, validator.validateResponse(URI.create(path).getPath(), Request.Method.GET, message), json);
    }

    private boolean record(String operation, int status, ValidationReport report, String body) {
        exercised.computeIfAbsent(operation, k -> Collections.synchronizedSet(new TreeSet<>())).add(status);
        boolean kept = true;
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                kept = false;
                violations.add(operation + " " + status + ": " + m.getKey() + ": " + m.getMessage()
                        + " (body: " + abbreviate(body) + ")");
            }
        }
        return kept;
    }

    private static String abbreviate(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }

    /** Every answer that broke the contract, with the operation, status, rule and body. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    /** The statuses seen for every documented operation that was exercised. */
    public Map<String, Set<Integer>> exercised() {
        synchronized (exercised) {
            return Map.copyOf(exercised);
        }
    }

    /** Documented operations never exercised. */
    public Set<String> unexercised() {
        Set<String> all = new TreeSet<>(document.operations());
        all.removeAll(exercised().keySet());
        return all;
    }
}
