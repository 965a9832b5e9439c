package dev.involution.arena.player;

import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTokenIT {

    @Test
    void isGeneratedAtFirstStartSavedAndReusedAfterARestart() throws Exception {
        RunningArena arena = RunningArena.start();
        try {
            String admin = arena.savedAdminToken();
            assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(arena.dataDir().resolve(AdminToken.FILE_NAME)))).isEqualTo("rw-------");
            String playerId = arena.register("Ada").playerId();
            assertThat(arena.get("/api/players/" + playerId, admin).statusCode()).isEqualTo(200);

            arena = arena.restart();

            assertThat(arena.savedAdminToken()).isEqualTo(admin);
            assertThat(arena.get("/api/players/" + playerId, admin).statusCode()).isEqualTo(200);
        } finally {
            arena.close();
        }
    }

    @Test
    void aConfiguredTokenReplacesTheSavedOne() {
        RunningArena first = RunningArena.start();
        String saved = first.savedAdminToken();
        String playerId = first.register("Ada").playerId();
        first.arena().stop();

        try (RunningArena arena = RunningArena.startIn(first.dataDir(),
                settings -> settings.with("arena.admin-token", "configured-admin-token-0123456789"))) {
            assertThat(arena.get("/api/players/" + playerId, "configured-admin-token-0123456789").statusCode())
                    .isEqualTo(200);
            assertThat(arena.get("/api/players/" + playerId, saved).statusCode()).isEqualTo(401);
        } finally {
            first.close();
        }
    }
}
