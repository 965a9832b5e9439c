package dev.involution.arena;

import dev.involution.arena.testkit.ArenaProcess;
import dev.involution.arena.testkit.MatchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar target/arena.jar} as an operator runs it: environment in, SIGTERM and kill -9 out. */
class MainIT {

    @TempDir
    Path dataDir;

    private final Path log = Path.of("target", "main-it-" + System.nanoTime() + ".log");

    @Test
    void servesFromTheEnvironmentStopsCleanlyOnSigtermAndKeepsAcknowledgedWritesAfterKill9() throws Exception {
        int port = ArenaProcess.freePort();
        String token;
        try (ArenaProcess arena = ArenaProcess.start(port, dataDir, log, Map.of())) {
            token = new MatchClient(arena.uri("")).register("Operator").token();
            assertThat(Files.readString(dataDir.resolve("admin-token"))).startsWith("admin.");

            arena.kill();
        }

        try (ArenaProcess restarted = ArenaProcess.start(port, dataDir, log, Map.of())) {
            MatchClient api = new MatchClient(restarted.uri(""));
            assertThat(json(expect(200, api.call("GET", "/api/players/me", token, null))).get("name").asText())
                    .as("acknowledged before kill -9").isEqualTo("Operator");

            restarted.process().destroy();
            assertThat(restarted.waitFor(Duration.ofSeconds(60))).as("exits after SIGTERM").isTrue();
            assertThat(restarted.process().exitValue()).as("0, or 128 + SIGTERM").isIn(0, 143);
            assertThat(Files.readString(log)).contains("Running CoordinatedShutdown with reason [JvmExitReason]");
        }
    }

    @Test
    void aFailedStartExitsNonZeroInsteadOfHanging() throws Exception {
        ProcessBuilder builder = ArenaProcess.command(ArenaProcess.freePort(), dataDir, log);
        builder.environment().put("ARENA_DB", "mysql");
        Process arena = builder.start();
        try {
            assertThat(arena.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(arena.exitValue()).isEqualTo(1);
        } finally {
            arena.destroyForcibly();
        }
    }
}
