package dev.involution.arena.player;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void theConfiguredTokenWinsAndNothingIsSaved() throws Exception {
        AdminToken token = AdminToken.load("a-long-configured-admin-token", dataDir);

        assertThat(token.matches("a-long-configured-admin-token")).isTrue();
        assertThat(token.matches("a-long-configured-admin-tokeN")).isFalse();
        assertThat(dataDir.resolve(AdminToken.FILE_NAME)).doesNotExist();
    }

    @Test
    void generatesAndSavesOneReadableByTheOwnerOnly() throws Exception {
        AdminToken token = AdminToken.load("", dataDir);

        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        String saved = Files.readString(file).strip();
        assertThat(saved).startsWith("admin.").hasSizeGreaterThan(40);
        assertThat(token.matches(saved)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void reusesTheSavedToken() throws Exception {
        AdminToken.load("", dataDir);
        String saved = Files.readString(dataDir.resolve(AdminToken.FILE_NAME)).strip();

        AdminToken again = AdminToken.load("", dataDir);

        assertThat(again.matches(saved)).isTrue();
        assertThat(Files.readString(dataDir.resolve(AdminToken.FILE_NAME)).strip()).isEqualTo(saved);
    }

    @Test
    void replacesAnEmptyFileLeftByAnInterruptedStart() throws Exception {
        Files.createFile(dataDir.resolve(AdminToken.FILE_NAME));

        AdminToken token = AdminToken.load("", dataDir);

        String saved = Files.readString(dataDir.resolve(AdminToken.FILE_NAME)).strip();
        assertThat(saved).isNotEmpty();
        assertThat(token.matches(saved)).isTrue();
    }
}
