package dev.involution.arena.journal;

import akka.actor.typed.ActorSystem;
import akka.persistence.jdbc.testkit.javadsl.SchemaUtils;

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

    private JournalSchema() {
    }

    /**
     * Blocks until the tables exist. Fails when the database cannot be reached within
     * {@code timeout}.
     */
    public static void createIfNotExists(ActorSystem<?> system, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        SchemaUtils.createIfNotExists(SCHEMA_CONFIG, system).toCompletableFuture()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
