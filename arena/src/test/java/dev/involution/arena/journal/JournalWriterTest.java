package dev.involution.arena.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.persistence.jdbc.journal.dao.JournalTables.JournalAkkaSerializationRow;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

/** The journal's own writer on an H2 file with the arena's event table, as the arena writes it. */
class JournalWriterTest {
    private static final List<String> COLUMNS = List.of("deleted", "persistence_id", "sequence_number", "writer",
            "write_timestamp", "adapter_manifest", "event_payload", "event_ser_id", "event_ser_manifest", "meta_payload",
            "meta_ser_id", "meta_ser_manifest");

    @TempDir
    Path dir;
    private String url;
    private JournalWriter writer;

    @BeforeEach
    void createTables() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("arena") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Config config = ConfigFactory.parseMap(Map.of("arena.db.h2.db.url", url, "arena.db.h2.db.user", "sa",
                "arena.db.h2.db.password", ""));
        H2JournalTables.createIfNotExists(config);
        writer = new JournalWriter(() -> DriverManager.getConnection(url, "sa", ""),
                JournalWriter.insertSql("\"event_journal\"", c -> '"' + c + '"', COLUMNS), "journal-writer-test");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void everyWriteIsCommittedWithItsRowsInTheOrderTheyWereQueued() throws Exception {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (long first = 1; first <= 200; first += 4) {
            writes.add(writer.write(rows("Match|a", first, 4)));
            writes.add(writer.write(rows("Match|b", first, 4)));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(sequenceNumbersByOrdering("Match|a")).containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(sequenceNumbersByOrdering("Match|b")).containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"event_payload\", \"meta_payload\", \"meta_ser_id\", \"writer\""
                     + " FROM \"event_journal\" WHERE \"persistence_id\" = 'Match|a' AND \"sequence_number\" = 7")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBytes(1)).containsExactly(payload(7));
            assertThat(rs.getBytes(2)).isNull();
            assertThat(rs.getObject(3)).isNull();
            assertThat(rs.getString(4)).isEqualTo("writer-uuid");
        }
    }

    @Test
    void aFailingTransactionFailsItsWritesKeepsNoneOfItAndTheNextWritesGoOn() throws Exception {
        writer.write(rows("Match|a", 1, 3)).get(10, TimeUnit.SECONDS);

        // The same sequence numbers again: the unique key refuses the transaction.
        CompletableFuture<Void> duplicate = writer.write(rows("Match|a", 3, 2));
        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SQLException.class);
        assertThat(sequenceNumbersByOrdering("Match|a")).containsExactly(1L, 2L, 3L);

        writer.write(rows("Match|a", 4, 2)).get(10, TimeUnit.SECONDS);
        assertThat(sequenceNumbersByOrdering("Match|a")).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void closingCommitsWhatWasQueuedAndRefusesLaterWrites() throws Exception {
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (long first = 1; first <= 100; first += 10) {
            queued.add(writer.write(rows("Match|c", first, 10)));
        }
        writer.close();

        for (CompletableFuture<Void> write : queued) {
            assertThat(write).isCompleted();
            write.get();
        }
        assertThat(sequenceNumbersByOrdering("Match|c")).hasSize(100);
        CompletableFuture<Void> late = writer.write(rows("Match|c", 101, 1));
        assertThatThrownBy(() -> late.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(sequenceNumbersByOrdering("Match|c")).hasSize(100);
    }

    private static List<JournalAkkaSerializationRow> rows(String persistenceId, long first, int count) {
        List<JournalAkkaSerializationRow> rows = new ArrayList<>();
        for (long seq = first; seq < first + count; seq++) {
            rows.add(new JournalAkkaSerializationRow(Long.MIN_VALUE, false, persistenceId, seq, "writer-uuid",
                    1_000L + seq, "", payload(seq), 33, "order-placed", Option.empty(), Option.empty(), Option.empty()));
        }
        return rows;
    }

    private static byte[] payload(long seq) {
        return new byte[] {(byte) seq, 1, 2, 3};
    }

    private List<Long> sequenceNumbersByOrdering(String persistenceId) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"sequence_number\" FROM \"event_journal\" WHERE \"persistence_id\" = '"
                     + persistenceId + "' ORDER BY \"ordering\"")) {
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
        }
        return seqs;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }
}
