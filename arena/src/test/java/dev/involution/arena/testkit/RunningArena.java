package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.involution.arena.Arena;
import dev.involution.arena.ArenaModule;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.player.AdminToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real arena server in this JVM on a random port, with its own data directory, plus a small
 * HTTP client for it. Settings start from the configuration files with H2 and no configured
 * admin token, whatever the environment says; {@code customize} changes them further.
 *
 * <pre>{@code
 * try (RunningArena arena = RunningArena.start()) {
 *     HttpResponse<String> response = arena.get("/health");
 * }
 * }</pre>
 */
public final class RunningArena implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private boolean ownsDataDir;
    private final UnaryOperator<ArenaSettings> customize;
    private final List<ArenaModule> modules;
    private final Arena arena;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RunningArena(Path dataDir, boolean ownsDataDir, UnaryOperator<ArenaSettings> customize,
                         List<ArenaModule> modules) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.customize = customize;
        this.modules = modules;
        this.arena = Arena.start(customize.apply(baseSettings(dataDir)), modules);
    }

    public static RunningArena start() {
        return start(UnaryOperator.identity());
    }

    public static RunningArena start(UnaryOperator<ArenaSettings> customize) {
        return start(customize, List.of());
    }

    /** An arena with extra modules, in a new temporary data directory deleted on close. */
    public static RunningArena start(UnaryOperator<ArenaSettings> customize, List<ArenaModule> modules) {
        try {
            return new RunningArena(Files.createTempDirectory("arena-it-"), true, customize, modules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An arena on an existing data directory, which is kept on close. */
    public static RunningArena startIn(Path dataDir, UnaryOperator<ArenaSettings> customize) {
        return new RunningArena(dataDir, false, customize, List.of());
    }

    /**
     * Stops this arena and starts a new one on the same data directory and settings; the new one
     * takes over deleting the directory.
     */
    public RunningArena restart() {
        arena.stop();
        boolean owns = ownsDataDir;
        ownsDataDir = false;
        return new RunningArena(dataDir, owns, customize, modules);
    }

    /**
     * Tests register many players from one address: the registration limit is lifted (the edge's
     * tests put it back to what they test).
     */
    static ArenaSettings baseSettings(Path dataDir) {
        return ArenaSettings.fromEnvironment()
                .withHttpPort(0)
                .withDataDir(dataDir)
                .with("arena.http.interface", "127.0.0.1")
                .with("arena.db.kind", "h2")
                .with("arena.admin-token", "")
                .with("arena.http.registrations.burst", 1_000_000)
                .with("arena.http.registrations.per-minute", 1_000_000);
    }

    public Arena arena() {
        return arena;
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + arena.port() + path);
    }

    /** The stream edge's port (the arena must run it: {@code arena.http.stream-edge.port = 0}). */
    public int streamPort() {
        return arena.streamPort().orElseThrow(() -> new IllegalStateException("the stream edge is off"));
    }

    /** The admin token the arena generated and saved in its data directory. */
    public String savedAdminToken() {
        try {
            return Files.readString(dataDir.resolve(AdminToken.FILE_NAME)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, String bearerToken) {
        return send(request(path).header("Authorization", "Bearer " + bearerToken).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(http, request);
    }

    /** A registered player: its id and bearer token. */
    public record Registered(String playerId, String token) {
    }

    public Registered register(String name) {
        HttpResponse<String> response = postJson("/api/players", "{\"name\":" + quote(name) + "}");
        if (response.statusCode() != 201) {
            throw new AssertionError("registration failed: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = json(response);
        return new Registered(body.get("playerId").asText(), body.get("token").asText());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    public static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        arena.stop();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
