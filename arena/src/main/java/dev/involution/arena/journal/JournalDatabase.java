package dev.involution.arena.journal;

import com.typesafe.config.Config;

import java.util.Locale;

/**
 * Chooses the journal's database: copies {@code arena.db.<kind>} (profile and connection) into
 * the connection pool that every akka-persistence-jdbc plugin shares.
 */
public enum JournalDatabase {
    H2,
    POSTGRES;

    static final String SHARED_DATABASE = "akka-persistence-jdbc.shared-databases.slick";

    /** The database named by {@code arena.db.kind} ({@code ARENA_DB}): {@code h2} or {@code postgres}. */
    public static JournalDatabase of(Config config) {
        String kind = config.getString("arena.db.kind").trim();
        for (JournalDatabase database : values()) {
            if (database.key().equals(kind.toLowerCase(Locale.ROOT))) {
                return database;
            }
        }
        throw new IllegalArgumentException(
                "arena.db.kind (ARENA_DB) must be h2 or postgres, was '" + kind + "'");
    }

    /** A configuration layer that points the shared pool at the chosen database. */
    public static Config select(Config config) {
        return config.getConfig("arena.db." + of(config).key()).atPath(SHARED_DATABASE);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
