package dev.involution.arena;

import com.typesafe.config.Config;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArenaSettingsTest {

    private static final String SLICK = "akka-persistence-jdbc.shared-databases.slick";

    @Test
    void h2IsAFileDatabaseUnderTheAbsoluteDataDirWrittenAtCommit() {
        Config config = ArenaSettings.fromEnvironment()
                .with("arena.db.kind", "h2")
                .withDataDir(Path.of("some/relative/dir"))
                .load();

        String dataDir = Path.of("some/relative/dir").toAbsolutePath().normalize().toString();
        assertThat(config.getString("arena.data-dir")).isEqualTo(dataDir);
        assertThat(config.getString(SLICK + ".profile")).isEqualTo("slick.jdbc.H2Profile$");
        assertThat(config.getString(SLICK + ".db.url"))
                .startsWith("jdbc:h2:file:" + dataDir + "/arena;")
                .contains(";WRITE_DELAY=0");
        assertThat(config.getString(SLICK + ".db.connectionPool")).isEqualTo("HikariCP");
        assertThat(config.getString("jdbc-journal.use-shared-db")).isEqualTo("slick");
    }

    @Test
    void postgresIsChosenByConfiguration() {
        Config config = ArenaSettings.fromEnvironment()
                .with("arena.db.kind", "PostgreS")
                .with("arena.db.postgres.db.url", "jdbc:postgresql://db.internal:5432/arena")
                .with("arena.db.postgres.db.user", "arena_app")
                .load();

        assertThat(config.getString(SLICK + ".profile")).isEqualTo("slick.jdbc.PostgresProfile$");
        assertThat(config.getString(SLICK + ".db.url")).isEqualTo("jdbc:postgresql://db.internal:5432/arena");
        assertThat(config.getString(SLICK + ".db.user")).isEqualTo("arena_app");
        assertThat(config.getString(SLICK + ".db.driver")).isEqualTo("org.postgresql.Driver");
    }

    @Test
    void anUnknownDatabaseIsRefusedWithTheVariableName() {
        assertThatThrownBy(() -> ArenaSettings.fromEnvironment().with("arena.db.kind", "mysql").load())
                .hasMessageContaining("ARENA_DB").hasMessageContaining("mysql");
    }

    @Test
    void defaultsServeEveryDecisionTheDesignAsksFor() {
        Config config = ArenaSettings.fromEnvironment().load();

        assertThat(config.getDuration("akka.scheduler.tick-duration").toMillis()).isEqualTo(1);
        assertThat(config.getString("akka.actor.provider")).isEqualTo("cluster");
        assertThat(config.getString("akka.http.server.server-header")).doesNotContainPattern("[0-9]");
        assertThat(config.getBytes("akka.http.server.parsing.max-content-length")).isEqualTo(64 * 1024);
        assertThat(config.getBytes("arena.http.max-body-size")).isEqualTo(64 * 1024);
        assertThat(config.getString("akka.actor.serialization-bindings.\"dev.involution.arena.CborSerializable\""))
                .isEqualTo("jackson-cbor");
        assertThat(config.getDouble("arena.http.rate-limit.per-second")).isGreaterThanOrEqualTo(2000);
    }
}
