package dev.involution.arena.player;

import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTokenIT {

    /** An admin-only route: the admin token is accepted when it answers 404 (no such player), else 401. */
    private static final String ADMIN_ONLY = "/api/players/00000000-0000-4000-8000-000000000000";

    @Test
    void isGeneratedAtFirstStartSavedAndReusedAfterARestart() throws Exception {
        RunningArena arena = RunningArena.start();
        try {
            String admin = arena.savedAdminToken();
            assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(arena.dataDir().resolve(AdminToken.FILE_NAME)))).isEqualTo("rw-------");
            assertThat(arena.get(ADMIN_ONLY, admin).statusCode()).as("accepted: no such player").isEqualTo(404);

            arena = arena.restart();

            assertThat(arena.savedAdminToken()).isEqualTo(admin);
            assertThat(arena.get(ADMIN_ONLY, admin).statusCode()).isEqualTo(404);
        } finally {
            arena.close();
        }
    }

    @Test
    void aConfiguredTokenReplacesTheSavedOne() {
        RunningArena first = RunningArena.start();
        String saved = first.savedAdminToken();
        first.arena().stop();

        try (RunningArena arena = RunningArena.startIn(first.dataDir(),
                settings -> settings.with("arena.admin-token", "configured-admin-token-0123456789"))) {
            assertThat(arena.get(ADMIN_ONLY, "configured-admin-token-0123456789").statusCode()).isEqualTo(404);
            assertThat(arena.get(ADMIN_ONLY, saved).statusCode()).isEqualTo(401);
        } finally {
            first.close();
        }
    }
}
