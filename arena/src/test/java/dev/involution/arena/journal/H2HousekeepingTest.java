package dev.involution.arena.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction of an H2 file written as the journal writes it: small commits appended with
 * {@code WRITE_DELAY=0}. {@code RETENTION_TIME=0} lets freed chunks be reused at once (the arena
 * keeps H2's 45 s), so that the test need not wait.
 */
class H2HousekeepingTest {
    private static final int ROWS_PER_COMMIT = 8;

    @TempDir
    Path dir;
    private Config db;
    private Connection writer;
    private PreparedStatement insert;
    private long rows;

    @BeforeEach
    void openJournalLikeTable() throws SQLException {
        db = ConfigFactory.parseMap(Map.of(
                "url", "jdbc:h2:file:" + dir.resolve("arena") + ";WRITE_DELAY=0;RETENTION_TIME=0",
                "user", "sa", "password", ""));
        writer = DriverManager.getConnection(db.getString("url"), "sa", "");
        try (Statement s = writer.createStatement()) {
            s.execute("CREATE TABLE events (ordering BIGINT AUTO_INCREMENT PRIMARY KEY, pid VARCHAR(255) NOT NULL,"
                    + " seq BIGINT NOT NULL, payload VARBINARY(1000) NOT NULL, UNIQUE (pid, seq))");
        }
        writer.setAutoCommit(false);
        insert = writer.prepareStatement("INSERT INTO events (pid, seq, payload) VALUES (?, ?, ?)");
    }

    @AfterEach
    void close() throws SQLException {
        writer.close();
    }

    private void commits(int n) throws SQLException {
        byte[] payload = new byte[150];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < ROWS_PER_COMMIT; r++) {
                insert.setString(1, "Match|m1");
                insert.setLong(2, ++rows);
                insert.setBytes(3, payload);
                insert.addBatch();
            }
            insert.executeBatch();
            writer.commit();
        }
    }

    private long count() throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(seq) FROM events")) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rows);
            return rs.getLong(1);
        }
    }

    private long fileBytes() throws Exception {
        return Files.size(dir.resolve("arena.mv.db"));
    }

    @Test
    void appendedCommitsLeaveTheChunksMostlyDeadAndHousekeepingFillsThemAgain() throws Exception {
        try (H2Housekeeping housekeeping = H2Housekeeping.open(db, 50, 1 << 20)) {
            commits(2_000);
            assertThat(housekeeping.chunksFillPercent()).isLessThan(30);

            for (int round = 0; round < 200 && housekeeping.chunksFillPercent() < 50; round++) {
                housekeeping.compactOnce();
                commits(5);
            }

            assertThat(housekeeping.chunksFillPercent()).isGreaterThanOrEqualTo(50);
            assertThat(count()).isEqualTo(rows);
        }
    }

    @Test
    void withHousekeepingTheFileGrowsByAFractionOfWhatItGrowsWithout() throws Exception {
        try (H2Housekeeping housekeeping = H2Housekeeping.open(db, 50, 1 << 20)) {
            commits(1_000);
            long start = fileBytes();
            commits(4_000);
            long without = fileBytes() - start;

            long before = fileBytes();
            for (int round = 0; round < 80; round++) {
                commits(50);
                housekeeping.compactOnce();
            }
            long with = fileBytes() - before;

            assertThat(with).isLessThan(without / 3);
            assertThat(count()).isEqualTo(rows);
        }
    }

    @Test
    void closingStopsItsThreadAndLeavesTheDatabaseToTheOthers() throws Exception {
        H2Housekeeping housekeeping = H2Housekeeping.open(db, 50, 1 << 20);
        housekeeping.every(Duration.ofMillis(5));
        commits(100);
        assertThat(Thread.getAllStackTraces().keySet()).anyMatch(t -> t.getName().equals("arena-h2-housekeeping"));
        housekeeping.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("arena-h2-housekeeping"));
        commits(10);
        assertThat(count()).isEqualTo(rows);
    }
}
