package dev.involution.arena.journal;

import akka.persistence.jdbc.config.EventJournalTableColumnNames;
import akka.persistence.jdbc.config.EventJournalTableConfiguration;
import akka.persistence.jdbc.config.JournalConfig;
import akka.persistence.jdbc.journal.dao.DefaultJournalDao;
import akka.persistence.jdbc.journal.dao.JournalTables.JournalAkkaSerializationRow;
import akka.serialization.Serialization;
import akka.stream.Materializer;
import scala.Tuple2;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;
import scala.collection.immutable.Set;
import scala.concurrent.ExecutionContext;
import scala.concurrent.Future;
import scala.jdk.javaapi.FutureConverters;
import scala.runtime.BoxedUnit;
import slick.jdbc.JdbcBackend;
import slick.jdbc.JdbcProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Its writes go to the {@link JournalWriter} instead of the library's write queue (see
 * {@link #queueWriteJournalRows}).
 *
 * <p>Selected by {@code jdbc-journal.dao} in {@code persistence.conf}; the same query runs on
 * PostgreSQL.
 */
public class ArenaJournalDao extends DefaultJournalDao {
    /** Whether the event rows go through the {@link JournalWriter} (the default) or the library's write queue. */
    static final String OWN_WRITER = "arena.journal.own-writer";

    /** Blocking JDBC calls run here, off the actor dispatchers; threads end when idle. */
    private static final ThreadPoolExecutor BLOCKING = blockingExecutor();

    private final JdbcBackend.DatabaseDef database;
    private final String highestFromSql;
    /** The event rows' own writer, or null where the library's write path is configured. */
    private final JournalWriter writer;

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
        if (mat.system().settings().config().getBoolean(OWN_WRITER)) {
            this.writer = new JournalWriter(db.source()::createConnection, JournalWriter.insertSql(tableName,
                    profile::quoteIdentifier, List.of(columns.deleted(), columns.persistenceId(), columns.sequenceNumber(),
                            columns.writer(), columns.writeTimestamp(), columns.adapterManifest(), columns.eventPayload(),
                            columns.eventSerId(), columns.eventSerManifest(), columns.metaPayload(), columns.metaSerId(),
                            columns.metaSerManifest())), "journal-writer");
            mat.system().registerOnTermination(writer::close);
        } else {
            this.writer = null;
        }
    }

    /**
     * An entity's rows are committed by the {@link JournalWriter} (one hand-off to its thread, all
     * waiting writes in one transaction) unless they carry tags, which take the library's path with
     * their tag rows; so does everything where {@value #OWN_WRITER} is off.
     */
    @Override
    public Future<BoxedUnit> queueWriteJournalRows(Seq<Tuple2<JournalAkkaSerializationRow, Set<String>>> xs) {
        if (writer == null) {
            return super.queueWriteJournalRows(xs);
        }
        List<JournalAkkaSerializationRow> rows = new ArrayList<>(xs.size());
        Iterator<Tuple2<JournalAkkaSerializationRow, Set<String>>> each = xs.iterator();
        while (each.hasNext()) {
            Tuple2<JournalAkkaSerializationRow, Set<String>> row = each.next();
            if (!row._2().isEmpty()) {
                return super.queueWriteJournalRows(xs);
            }
            rows.add(row._1());
        }
        return FutureConverters.asScala(writer.write(rows).thenApply(done -> BoxedUnit.UNIT));
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
