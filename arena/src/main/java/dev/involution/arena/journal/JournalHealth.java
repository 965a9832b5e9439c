package dev.involution.arena.journal;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.DispatcherSelector;
import akka.persistence.jdbc.db.SlickExtension;
import akka.persistence.jdbc.db.SlickExtensionImpl;
import slick.jdbc.JdbcBackend;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** Answers whether the journal's database takes connections, using the journal's own pool. */
public final class JournalHealth {

    private static final int VALIDATION_SECONDS = 2;

    private final JdbcBackend.DatabaseDef database;
    private final Executor blocking;

    public JournalHealth(ActorSystem<?> system) {
        SlickExtensionImpl slick = (SlickExtensionImpl) SlickExtension.get(system.classicSystem());
        this.database = slick.database(system.settings().config().getConfig("jdbc-journal")).database();
        this.blocking = system.dispatchers().lookup(DispatcherSelector.blocking());
    }

    /** True when a pooled connection answers; false when the database is unreachable. */
    public CompletionStage<Boolean> reachable() {
        return CompletableFuture.supplyAsync(this::validate, blocking);
    }

    private boolean validate() {
        try (Connection connection = database.source().createConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
