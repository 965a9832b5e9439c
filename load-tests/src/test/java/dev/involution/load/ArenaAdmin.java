package dev.involution.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a simulation sets up before its load starts and cleans up after it (in Gatling's
 * {@code before()} and {@code after()} hooks, so none of it is measured): matches created with the
 * admin token, each with two seated, idle "anchor" players (a match needs two firms to start) so
 * that it runs before the simulation's own players join it. Plain JDK HTTP client.
 */
final class ArenaAdmin {
    /** Seats taken by idle players in every match; a match has at most 32 seats. */
    static final int ANCHORS = 2;
    static final int MAX_SEATS = 32;
    private static final Pattern MATCH_ID = Pattern.compile("\"matchId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COMPILATION = Pattern.compile("(?m)^jvm_compilation_time_seconds_total ([0-9.eE+-]+)$");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final String baseUrl;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> created = new ArrayList<>();

    ArenaAdmin(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
    }

    /**
     * Creates {@code count} matches from {@code config} (a match config JSON object), seats
     * {@value #ANCHORS} anchor players in each and starts them.
     *
     * @return the match ids
     */
    List<String> runningMatches(int count, String config) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String matchId = find(MATCH_ID, post("/api/matches", adminToken, config, 201));
            created.add(matchId);
            for (int a = 0; a < ANCHORS; a++) {
                join(matchId, register("anchor-" + i + "-" + a));
            }
            post("/api/matches/" + matchId + "/start", adminToken, null, 200);
            ids.add(matchId);
        }
        return List.copyOf(ids);
    }

    /** Fails at once (not after the arena refused it) when a match would need more than 32 seats. */
    static void checkSeats(int seats) {
        if (seats > MAX_SEATS) {
            throw new IllegalArgumentException("a match has at most " + MAX_SEATS + " seats, " + ANCHORS
                    + " of them for idle players: at most " + (MAX_SEATS - ANCHORS)
                    + " players per match (raise -Dmatches)");
        }
    }

    /** Registers a player named {@code name}; its token. */
    String register(String name) {
        return find(TOKEN, post("/api/players", null, "{\"name\":\"" + name + "\"}", 201));
    }

    /** Seats the player with {@code token} in the match. */
    void join(String matchId, String token) {
        post("/api/matches/" + matchId + "/seats", token, null, 201);
    }

    /** POSTs {@code json} as the player with {@code token}, without waiting; the answer's status. */
    CompletableFuture<Integer> postAsync(String path, String token, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** Stops the matches this object created (their round timers would otherwise go on). */
    void stopAll() {
        for (String matchId : created) {
            post("/api/matches/" + matchId + "/stop", adminToken, null, 200, 409); // 409: already finished
        }
        created.clear();
    }

    /**
     * The arena's JIT compile time so far, in seconds ({@code jvm_compilation_time_seconds_total} on
     * /metrics); NaN when /metrics does not answer or lacks it.
     */
    double compilationSeconds() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/metrics")).timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            Matcher m = COMPILATION.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private String post(String path, String bearer, String json, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }
}
