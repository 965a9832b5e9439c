package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/arena.jar} as an operator runs it, in a separate process: configured
 * by environment variables, its output appended to a log file, stopped with SIGTERM or killed
 * with SIGKILL ({@code kill -9}).
 */
public final class ArenaProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "arena.jar");
    private static final Duration START_PATIENCE = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private ArenaProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The command line with the environment for an arena on {@code port} with data in {@code dataDir}, on H2. */
    public static ProcessBuilder command(int port, Path dataDir, Path log) {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ARENA_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ARENA_DATA_DIR", dataDir.toString());
        builder.environment().put("ARENA_DB", "h2");
        builder.environment().remove("ARENA_ADMIN_TOKEN");
        builder.environment().put("ARENA_REGISTRATION_BURST", "1000000");
        builder.environment().put("ARENA_REGISTRATIONS_PER_MINUTE", "1000000");
        return builder;
    }

    /** Starts an arena with these extra environment variables and waits until it is healthy. */
    public static ArenaProcess start(int port, Path dataDir, Path log, Map<String, String> environment) {
        ProcessBuilder builder = command(port, dataDir, log);
        builder.environment().putAll(environment);
        try {
            ArenaProcess arena = new ArenaProcess(builder.start(), port, log);
            arena.awaitHealthy();
            return arena;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Process process() {
        return process;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs; returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** Whether the process ended within {@code patience}. */
    public boolean waitFor(Duration patience) {
        try {
            return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the arena process died; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode body = RunningArena.json(health);
                if (health.statusCode() == 200 && body.get("status").asText().equals("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the arena did not become healthy on port " + port + "; see " + log);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
