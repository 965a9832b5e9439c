package dev.involution.arena.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2JournalTablesTest {

    @TempDir
    Path dir;

    private Config config() {
        return ConfigFactory.empty()
                .withValue("arena.db.h2.db.url", ConfigValueFactory.fromAnyRef(
                        "jdbc:h2:file:" + dir.resolve("arena") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"))
                .withValue("arena.db.h2.db.user", ConfigValueFactory.fromAnyRef("sa"))
                .withValue("arena.db.h2.db.password", ConfigValueFactory.fromAnyRef(""));
    }

    @Test
    void aNewJournalReservesOrderingsInLargeBlocks() throws Exception {
        H2JournalTables.createIfNotExists(config());
        assertThat(orderingCache()).isEqualTo(32);

        H2JournalTables.reserveOrderings(config());

        assertThat(orderingCache()).isEqualTo(H2JournalTables.ORDERING_CACHE);
    }

    @Test
    void aJournalInTheLibrarysLayoutGetsTheSameCacheAndKeepsItsLayout() throws Exception {
        execute("CREATE TABLE \"event_journal\" (\"ordering\" BIGINT UNIQUE NOT NULL AUTO_INCREMENT,"
                + " \"persistence_id\" VARCHAR(255) NOT NULL, \"sequence_number\" BIGINT NOT NULL,"
                + " PRIMARY KEY (\"persistence_id\", \"sequence_number\"))");

        H2JournalTables.reserveOrderings(config());

        assertThat(orderingCache()).isEqualTo(H2JournalTables.ORDERING_CACHE);
        assertThat(query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_NAME = 'event_journal'"
                + " AND COLUMN_NAME = 'persistence_id'")).isEqualTo(1);
    }

    @Test
    void orderingsGoOnRisingAcrossReopeningsAndReservingAgain() throws Exception {
        H2JournalTables.createIfNotExists(config());
        H2JournalTables.reserveOrderings(config());
        long first = insertEvent("match-a", 1);
        H2JournalTables.reserveOrderings(config());
        long second = insertEvent("match-a", 2);

        assertThat(second).isGreaterThan(first);
        assertThat(query("SELECT COUNT(*) FROM \"event_journal\"")).isEqualTo(2);
    }

    private long insertEvent(String persistenceId, long sequenceNumber) throws SQLException {
        execute("INSERT INTO \"event_journal\" (\"persistence_id\", \"sequence_number\", \"writer\","
                + " \"write_timestamp\", \"adapter_manifest\", \"event_payload\", \"event_ser_id\","
                + " \"event_ser_manifest\") VALUES ('" + persistenceId + "', " + sequenceNumber
                + ", 'w', 0, '', X'00', 1, '')");
        return query("SELECT \"ordering\" FROM \"event_journal\" WHERE \"persistence_id\" = '" + persistenceId
                + "' AND \"sequence_number\" = " + sequenceNumber);
    }

    private long orderingCache() throws SQLException {
        return query("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'event_journal' AND COLUMN_NAME = 'ordering'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        Config db = config().getConfig("arena.db.h2.db");
        return DriverManager.getConnection(db.getString("url"), db.getString("user"), db.getString("password"));
    }
}
