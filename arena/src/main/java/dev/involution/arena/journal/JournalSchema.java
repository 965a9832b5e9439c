package dev.involution.arena.journal;

import akka.actor.typed.ActorSystem;
import akka.persistence.jdbc.testkit.javadsl.SchemaUtils;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates the journal, snapshot and durable-state tables when they do not exist yet. */
public final class JournalSchema {

    private JournalSchema() {
    }

    /**
     * Blocks until the tables exist. Fails when the database cannot be reached within
     * {@code timeout}.
     */
    public static void createIfNotExists(ActorSystem<?> system, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        SchemaUtils.createIfNotExists(system).toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
