package dev.involution.arena.journal;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.testkit.MatchFiller;
import dev.involution.arena.testkit.PostgresDatabase;
import dev.involution.arena.testkit.RequiredServices;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A match does not wait for its snapshots: with the snapshot table locked against writes by another
 * transaction (PostgreSQL's EXCLUSIVE mode: reads, such as a match's recovery, go on), a match still takes and acknowledges every command past the event that calls for
 * a snapshot; once the lock goes, the snapshot is stored. (When the match waited for its snapshot,
 * its commands were held until the store answered, and the writes here would time out.)
 */
class SnapshotBesideWritesIT {

    private static RequiredServices.PostgresServer server;
    private static PostgresDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        server = RequiredServices.postgres();
        database = PostgresDatabase.create(server);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aMatchGoesOnWhileItsSnapshotCannotBeStored() throws Exception {
        // The store's own time limit (10 s by default, after which a match that waits would go on)
        // beyond the filler's 60 s for an answer: a match that waits for its snapshot fails here.
        RunningArena arena = RunningArena.start(settings -> database.configure(settings)
                .with("arena.demo.enabled", false)
                .with("jdbc-snapshot-store.circuit-breaker.call-timeout", "120s"), ArenaModules.standard());
        try (Connection lock = DriverManager.getConnection(server.url(database.name()), server.user(), server.password())) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("LOCK TABLE \"snapshot\" IN EXCLUSIVE MODE");

            MatchFiller.Filled filled = new MatchFiller(arena.arena().system(), 4, 200, false, line -> { })
                    .fill("held-snapshot", 1_500);
            assertThat(filled.events()).as("every command past event 1,000 acknowledged while the snapshot waits")
                    .isEqualTo(1_500);

            lock.rollback();
            String persistenceId = MatchEntity.persistenceId("held-snapshot");
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
            long latest = latestSnapshot(lock, persistenceId);
            while (latest < 1_000 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
                latest = latestSnapshot(lock, persistenceId);
            }
            assertThat(latest).as("the snapshot stored once the table is free").isBetween(1_000L, 1_500L);
        } finally {
            arena.close();
        }
    }

    private static long latestSnapshot(Connection connection, String persistenceId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT max(\"sequence_number\") FROM \"snapshot\" WHERE \"persistence_id\" = ?")) {
            select.setString(1, persistenceId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long latest = rows.getLong(1);
                connection.commit();
                return latest;
            }
        }
    }
}
