package dev.involution.arena.journal;

import akka.persistence.jdbc.config.EventJournalTableColumnNames;
import akka.persistence.jdbc.config.EventJournalTableConfiguration;
import akka.persistence.jdbc.config.JournalConfig;
import akka.persistence.jdbc.journal.dao.DefaultJournalDao;
import akka.serialization.Serialization;
import akka.stream.Materializer;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.jdk.javaapi.FutureConverters;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * akka-persistence-jdbc's journal DAO, with one change that keeps recovery time bounded by the
 * snapshot: the highest sequence number of an entity is searched only from the recovery's
 * starting point on ({@code fromSequenceNr}, the sequence number of the snapshot it recovers from).
 * The default DAO asks for {@code MAX(sequence_number)} over all of the entity's events, which H2
 * answers by scanning every one of them (about half a second per million events with a cold cache),
 * so a match with a million events took that long to recover even from a snapshot taken at its
 * last event. With the lower bound, the primary key's index range holds only the events after the
 * snapshot. When none is found there (events deleted) the default query answers, as before.
 * Akka documents {@code fromSequenceNr} as exactly this hint.
 *
 * <p>Selected by {@code jdbc-journal.dao} in {@code persistence.conf}; the same query runs on
 * PostgreSQL.
 */
public class ArenaJournalDao extends DefaultJournalDao {

    /** Blocking JDBC calls run here, off the actor dispatchers; threads end when idle. */
    private static final ThreadPoolExecutor BLOCKING = blockingExecutor();

    private final JdbcBackend.DatabaseDef database;
    private final String highestFromSql;

    public ArenaJournalDao(JdbcBackend.DatabaseDef db, JdbcProfile profile, JournalConfig journalConfig,
                           Serialization serialization, ExecutionContext ec, Materializer mat) {
        super(db, profile, journalConfig, serialization, ec, mat);
        this.database = db;
        EventJournalTableConfiguration table = journalConfig.eventJournalTableConfiguration();
        EventJournalTableColumnNames columns = table.columnNames();
        String tableName = (table.schemaName().isDefined()
                ? profile.quoteIdentifier(table.schemaName().get()) + "." : "")
                + profile.quoteIdentifier(table.tableName());
        String sequenceNumber = profile.quoteIdentifier(columns.sequenceNumber());
        this.highestFromSql = "SELECT MAX(" + sequenceNumber + ") FROM " + tableName
                + " WHERE " + profile.quoteIdentifier(columns.persistenceId()) + " = ? AND "
                + sequenceNumber + " >= ?";
    }

    @Override
    public Future<Object> highestSequenceNr(String persistenceId, long fromSequenceNr) {
        if (fromSequenceNr <= 0) {
            return super.highestSequenceNr(persistenceId, fromSequenceNr);
        }
        CompletableFuture<Long> fromHint = CompletableFuture.supplyAsync(
                () -> highestFrom(persistenceId, fromSequenceNr), BLOCKING);
        return FutureConverters.asScala(fromHint.thenComposeAsync(found -> found != null
                ? CompletableFuture.<Object>completedFuture(found)
                : FutureConverters.asJava(super.highestSequenceNr(persistenceId, fromSequenceNr)), BLOCKING));
    }

    /** The highest sequence number at or after {@code from}, or null when there is none. */
    private Long highestFrom(String persistenceId, long from) {
        try (Connection connection = database.source().createConnection();
             PreparedStatement statement = connection.prepareStatement(highestFromSql)) {
            statement.setString(1, persistenceId);
            statement.setLong(2, from);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long highest = rs.getLong(1);
                return rs.wasNull() ? null : highest;
            }
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }

    private static ThreadPoolExecutor blockingExecutor() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "journal-highest-sequence-nr");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
