package dev.involution.arena.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built arena jar started as its own process on a free loopback port, with a fresh data
 * directory, the embedded database and a known admin token; stopped by its PID.
 */
final class ArenaLauncher implements AutoCloseable {
    private final Process process;
    private final Path dataDir;
    private final int port;
    private final String adminToken = UUID.randomUUID().toString();

    ArenaLauncher() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("arena.jar", "../arena/target/arena.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the arena first (mvn -B verify builds it)");
        }
        dataDir = Files.createTempDirectory("api-client-it-");
        port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        builder.environment().put("ARENA_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("ARENA_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ARENA_HTTP_INTERFACE", "127.0.0.1");
        builder.environment().put("ARENA_ADMIN_TOKEN", adminToken);
        builder.environment().put("ARENA_DB", "h2");
        builder.environment().put("ARENA_DEMO", "false");
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("arena.log").toFile());
        process = builder.start();
        awaitHealthy();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the arena exited during start; see " + dataDir.resolve("arena.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the arena did not become healthy in 120 s");
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    String adminToken() {
        return adminToken;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
