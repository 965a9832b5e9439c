package dev.involution.arena;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArenaStartIT {

    @TempDir
    Path dataDir;

    @Test
    void aStartThatFailsTerminatesItsActorSystem() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ArenaSettings settings = ArenaSettings.fromEnvironment()
                    .withDataDir(dataDir)
                    .with("arena.db.kind", "h2")
                    .with("arena.http.interface", "127.0.0.1")
                    .withHttpPort(taken.getLocalPort());

            assertThatThrownBy(() -> Arena.start(settings)).hasMessageContaining("failed to start");
        }

        assertThat(actorThreads()).as("threads of the terminated actor system").isEmpty();
    }

    private static List<String> actorThreads() throws InterruptedException {
        List<String> alive = List.of();
        for (int i = 0; i < 100; i++) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive)
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("arena-akka") || name.startsWith("arena-scheduler"))
                    .toList();
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(100);
        }
        return alive;
    }
}
