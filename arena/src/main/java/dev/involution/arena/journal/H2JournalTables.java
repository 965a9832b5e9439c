package dev.involution.arena.journal;

import com.typesafe.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The journal's tables on the embedded H2 database, in akka-persistence-jdbc's layout with one
 * change: the event table is keyed by its {@code ordering} column, with {@code (persistence_id,
 * sequence_number)} a unique constraint. H2 stores a table's rows in the B-tree of its primary key
 * (a single BIGINT key is the row key); with the library's composite key it keeps a hidden row-id
 * tree, the key's index and two indexes on {@code ordering} (its {@code UNIQUE} column and an
 * explicit index on it): four B-trees to update, and rewrite at every commit, per event, where
 * this layout has two. Columns, names and constraints that the plugin's queries rely on are the
 * same; the other tables are the plugin's own script. A database created with the library's layout
 * keeps it.
 *
 * <p>Either layout gets a large cache for the {@code ordering} identity ({@link #reserveOrderings}).
 */
final class H2JournalTables {
    private static final String SCRIPT = "schema/h2/h2-create-schema.sql";
    private static final String EVENT_JOURNAL = """
            CREATE TABLE IF NOT EXISTS "event_journal" (
                "ordering" BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                "deleted" BOOLEAN DEFAULT false NOT NULL,
                "persistence_id" VARCHAR(255) NOT NULL,
                "sequence_number" BIGINT NOT NULL,
                "writer" VARCHAR NOT NULL,
                "write_timestamp" BIGINT NOT NULL,
                "adapter_manifest" VARCHAR NOT NULL,
                "event_payload" BLOB NOT NULL,
                "event_ser_id" INTEGER NOT NULL,
                "event_ser_manifest" VARCHAR NOT NULL,
                "meta_payload" BLOB,
                "meta_ser_id" INTEGER,
                "meta_ser_manifest" VARCHAR,
                CONSTRAINT "event_journal_persistence_id_sequence_number" UNIQUE ("persistence_id", "sequence_number")
            )""";

    /**
     * How many {@code ordering} values H2 reserves at a time. Each time an identity's cache runs
     * out, H2 records the sequence in a commit of its own, a store write like an event write's; at
     * its default of 32, on a match whose writes carry some 30 orders each, that was nearly one
     * extra store write per write of events. A killed process leaves a gap of at most this many
     * values, which nothing notices: events are read by persistence id and sequence number, never
     * by a gap-free {@code ordering}.
     */
    static final long ORDERING_CACHE = 65_536;
    private static final String RESERVE_ORDERINGS =
            "ALTER TABLE \"event_journal\" ALTER COLUMN \"ordering\" SET CACHE " + ORDERING_CACHE;

    private H2JournalTables() {
    }

    /** Creates the tables that do not exist yet, on the database {@code arena.db.h2.db} names. */
    static void createIfNotExists(Config config) throws SQLException, IOException {
        try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
            statement.execute(EVENT_JOURNAL);
            for (String sql : librarySchema().split(";")) {
                String s = sql.strip();
                if (s.isEmpty() || s.contains("\"event_journal\" (") || s.contains("\"event_journal_ordering_idx\"")) {
                    continue;
                }
                statement.execute(s.replaceFirst("^CREATE (UNIQUE )?INDEX (?!IF NOT EXISTS)", "CREATE $1INDEX IF NOT EXISTS "));
            }
        }
    }

    /** Sets the {@code ordering} identity's cache to {@link #ORDERING_CACHE}, on either layout. */
    static void reserveOrderings(Config config) throws SQLException {
        try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
            statement.execute(RESERVE_ORDERINGS);
        }
    }

    private static Connection connect(Config config) throws SQLException {
        Config db = config.getConfig("arena.db.h2.db");
        return DriverManager.getConnection(db.getString("url"), db.getString("user"), db.getString("password"));
    }

    private static String librarySchema() throws IOException {
        try (InputStream in = H2JournalTables.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("akka-persistence-jdbc's " + SCRIPT + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
