package dev.involution.arena.cluster;

import dev.involution.arena.testkit.ArenaProcess;
import dev.involution.arena.testkit.PostgresDatabase;
import dev.involution.arena.testkit.RequiredServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar arena.jar} given seed nodes: what it refuses, and what it answers before it is a member. */
class ClusterStartIT {

    @TempDir
    Path dataDir;

    private final Path log = Path.of("target", "cluster-start-it-" + System.nanoTime() + ".log");

    @Test
    void seedsWithTheEmbeddedDatabaseExitAtOnceSayingASharedJournalIsNeeded() throws Exception {
        ProcessBuilder builder = ArenaProcess.command(ArenaProcess.freePort(), dataDir, log);
        builder.environment().put("ARENA_CLUSTER_SEEDS", "akka://arena@127.0.0.1:" + ArenaProcess.freePort());
        builder.environment().put("ARENA_ADMIN_TOKEN", "a-long-shared-admin-token");
        Process arena = builder.start();
        try {
            assertThat(arena.waitFor(60, TimeUnit.SECONDS)).as("exits").isTrue();
            assertThat(arena.exitValue()).isEqualTo(1);
            assertThat(Files.readString(log))
                    .contains("The arena refuses to start: ARENA_CLUSTER_SEEDS is set, but the journal is the embedded H2")
                    .contains("Set ARENA_DB=postgres with ARENA_DB_URL, ARENA_DB_USER and ARENA_DB_PASSWORD")
                    .doesNotContain("\tat ");
        } finally {
            arena.destroyForcibly();
        }
    }

    @Test
    void aNodeThatHasNotJoinedIsAliveButNotReady() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create(RequiredServices.postgres())) {
            int port = ArenaProcess.freePort();
            ProcessBuilder builder = ArenaProcess.command(port, dataDir, log);
            builder.environment().put("ARENA_DB", "postgres");
            builder.environment().put("ARENA_DB_URL", RequiredServices.POSTGRES.url(database.name()));
            builder.environment().put("ARENA_DB_USER", RequiredServices.POSTGRES.user());
            builder.environment().put("ARENA_DB_PASSWORD", RequiredServices.POSTGRES.password());
            builder.environment().put("ARENA_ADMIN_TOKEN", "a-long-shared-admin-token");
            builder.environment().put("ARENA_DEMO", "false");
            // a seed that is not there: the node asks to join and is never taken in
            builder.environment().put("ARENA_CLUSTER_SEEDS", "akka://arena@127.0.0.1:" + ArenaProcess.freePort());
            Process arena = builder.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                HttpResponse<String> health = awaitAnswer(http, URI.create("http://127.0.0.1:" + port + "/health"), arena);
                assertThat(health.statusCode()).as("alive").isEqualTo(200);
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"ready\":false").contains("not an Up member");

                arena.destroy();
                assertThat(arena.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            } finally {
                arena.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> awaitAnswer(HttpClient http, URI uri, Process arena) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(arena.isAlive()).as("the node runs; see " + log).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("no answer from " + uri + "; see " + log);
    }
}
