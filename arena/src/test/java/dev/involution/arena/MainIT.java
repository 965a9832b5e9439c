package dev.involution.arena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar target/arena.jar} as an operator runs it: environment in, SIGTERM and kill -9 out. */
class MainIT {

    private static final Path JAR = Path.of("target", "arena.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    private final Path log = Path.of("target", "main-it-" + System.nanoTime() + ".log");

    @Test
    void servesFromTheEnvironmentStopsCleanlyOnSigtermAndKeepsAcknowledgedWritesAfterKill9() throws Exception {
        int port = freePort();
        Process arena = start(port);
        String token;
        try {
            awaitHealthy(port, arena);
            HttpResponse<String> registered = http.send(HttpRequest.newBuilder(uri(port, "/api/players"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Operator\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(registered.statusCode()).isEqualTo(201);
            token = JSON.readTree(registered.body()).get("token").asText();
            assertThat(Files.readString(dataDir.resolve("admin-token"))).startsWith("admin.");

            arena.destroyForcibly();
            assertThat(arena.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            arena.destroyForcibly();
        }

        Process restarted = start(port);
        try {
            awaitHealthy(port, restarted);
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri(port, "/api/players/me"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as("acknowledged before kill -9").isEqualTo(200);
            assertThat(JSON.readTree(me.body()).get("name").asText()).isEqualTo("Operator");

            restarted.destroy();
            assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            assertThat(restarted.exitValue()).as("0, or 128 + SIGTERM").isIn(0, 143);
            assertThat(Files.readString(log)).contains("Running CoordinatedShutdown with reason [JvmExitReason]");
        } finally {
            restarted.destroyForcibly();
        }
    }

    @Test
    void aFailedStartExitsNonZeroInsteadOfHanging() throws Exception {
        ProcessBuilder builder = command(freePort());
        builder.environment().put("ARENA_DB", "mysql");
        Process arena = builder.start();
        try {
            assertThat(arena.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(arena.exitValue()).isEqualTo(1);
        } finally {
            arena.destroyForcibly();
        }
    }

    private Process start(int port) throws IOException {
        return command(port).start();
    }

    private ProcessBuilder command(int port) {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ARENA_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ARENA_DATA_DIR", dataDir.toString());
        builder.environment().put("ARENA_DB", "h2");
        builder.environment().remove("ARENA_ADMIN_TOKEN");
        return builder;
    }

    private void awaitHealthy(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the arena process died; see %s", log).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri(port, "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(health.body());
                if (health.statusCode() == 200 && body.get("status").asText().equals("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the arena did not become healthy on port " + port);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
