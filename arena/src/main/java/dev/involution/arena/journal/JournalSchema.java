package dev.involution.arena.journal;

import akka.actor.typed.ActorSystem;
import akka.persistence.jdbc.testkit.javadsl.SchemaUtils;
import com.typesafe.config.Config;

import java.io.IOException;
import java.sql.SQLException;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the journal, snapshot and durable-state tables when they do not exist yet. */
public final class JournalSchema {

    /**
     * The journal's configuration as schema creation must see it: naming akka-persistence-jdbc's
     * own DAO, for which it creates the current table layout (persistence.conf).
     */
    private static final String SCHEMA_CONFIG = "arena.journal-schema";
    /** Whether a new H2 journal gets the event table keyed by its ordering ({@link H2JournalTables}). */
    private static final String KEYED_BY_ORDERING = "arena.db.h2-journal-keyed-by-ordering";

    private JournalSchema() {
    }

    /**
     * Blocks until the tables exist. Fails when the database cannot be reached within
     * {@code timeout}.
     */
    public static void createIfNotExists(ActorSystem<?> system, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Config config = system.settings().config();
        boolean h2 = JournalDatabase.of(config) == JournalDatabase.H2;
        try {
            if (h2 && config.getBoolean(KEYED_BY_ORDERING)) {
                H2JournalTables.createIfNotExists(config);
            } else {
                SchemaUtils.createIfNotExists(SCHEMA_CONFIG, system).toCompletableFuture()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (h2) {
                H2JournalTables.reserveOrderings(config);
            }
        } catch (SQLException | IOException e) {
            throw new ExecutionException("cannot create the journal's tables", e);
        }
    }
}
