package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.involution.arena.testkit.RunningArena.json;
import static dev.involution.arena.testkit.RunningArena.quote;

/**
 * The match API of an arena at {@code base} (in this JVM or a separate process), as tests call it:
 * any request, and the usual steps (register, create, join, order, read) that must succeed.
 *
 * <pre>{@code
 * MatchClient api = new MatchClient(arena.uri(""));
 * String matchId = api.createMatch(admin, "{\"roundMillis\":600000}");
 * }</pre>
 */
public final class MatchClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public MatchClient(URI base) {
        this.base = base;
    }

    public static MatchClient of(RunningArena arena) {
        return new MatchClient(arena.uri(""));
    }

    /** A request; {@code token} and {@code json} may be null; {@code headers} are name, value pairs. */
    public HttpRequest.Builder request(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public HttpResponse<String> call(String method, String path, String token, String json, String... headers) {
        return send(request(method, path, token, json, headers));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(http, request);
    }

    public RunningArena.Registered register(String name) {
        JsonNode body = json(expect(201, call("POST", "/api/players", null, "{\"name\":" + quote(name) + "}")));
        return new RunningArena.Registered(body.get("playerId").asText(), body.get("token").asText());
    }

    /** Creates a match with this configuration (JSON) and returns its id. */
    public String createMatch(String adminToken, String config) {
        return json(expect(201, call("POST", "/api/matches", adminToken, config))).get("matchId").asText();
    }

    /** Takes a seat and returns the firm id. */
    public int join(String token, String matchId) {
        return json(expect(201, call("POST", "/api/matches/" + matchId + "/seats", token, null))).get("firmId").asInt();
    }

    /** An admin control: start, pause, resume or stop; returns the status after it. */
    public String control(String adminToken, String matchId, String action) {
        return json(expect(200, call("POST", "/api/matches/" + matchId + "/" + action, adminToken, null)))
                .get("status").asText();
    }

    /** Broadcasts a message to everyone in the match (admin); returns its event's {@code seq}. */
    public long broadcast(String adminToken, String matchId, String text) {
        return json(expect(201, call("POST", "/api/matches/" + matchId + "/messages", adminToken,
                "{\"text\":" + quote(text) + "}"))).get("seq").asLong();
    }

    public HttpResponse<String> order(String token, String matchId, String json, String... headers) {
        return call("POST", "/api/matches/" + matchId + "/orders", token, json, headers);
    }

    /** Places a buy order that must be accepted; returns its id. */
    public long bid(String token, String matchId, long price, long quantity, String clientOrderId) {
        String key = clientOrderId == null ? "" : ",\"clientOrderId\":" + quote(clientOrderId);
        return json(expect(201, order(token, matchId,
                "{\"side\":\"BUY\",\"price\":" + price + ",\"quantity\":" + quantity + key + "}")))
                .get("orderId").asLong();
    }

    /** The match list (GET /api/matches), e.g. {@code matches("?status=RUNNING")}. */
    public List<JsonNode> matches(String query) {
        List<JsonNode> matches = new ArrayList<>();
        json(expect(200, call("GET", "/api/matches" + query, null, null))).forEach(matches::add);
        return matches;
    }

    /** The public view of a match (GET /api/matches/{id}). */
    public JsonNode details(String matchId) {
        return json(expect(200, call("GET", "/api/matches/" + matchId, null, null)));
    }

    public long seq(String matchId) {
        return details(matchId).get("seq").asLong();
    }

    /** The player's own firm in a match (GET /api/matches/{id}/me). */
    public JsonNode me(String token, String matchId) {
        return json(expect(200, call("GET", "/api/matches/" + matchId + "/me", token, null)));
    }

    /** Every event of a match up to now, page by page. */
    public List<JsonNode> events(String matchId) {
        List<JsonNode> events = new ArrayList<>();
        while (true) {
            JsonNode page = json(expect(200, call("GET", "/api/matches/" + matchId + "/events?from="
                    + (events.size() + 1) + "&limit=10000", null, null)));
            if (page.isEmpty()) {
                return events;
            }
            page.forEach(events::add);
        }
    }

    public String metrics() {
        return expect(200, call("GET", "/metrics", null, null)).body();
    }

    /** The problem+json body of a response that must have this status. */
    public static JsonNode problem(int status, HttpResponse<String> response) {
        expect(status, response);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            throw new AssertionError("expected problem+json, got " + type + ": " + response.body());
        }
        JsonNode problem = json(response);
        if (problem.path("status").asInt() != status || problem.path("detail").asText().isBlank()) {
            throw new AssertionError("not a problem with status " + status + " and a detail: " + response.body());
        }
        return problem;
    }

    /** The response, if it has this status; else an assertion error showing it. */
    public static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " from " + response.request().method() + " "
                    + response.request().uri() + ", got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
