package dev.involution.arena.journal;

import akka.persistence.jdbc.journal.dao.JournalTables.JournalAkkaSerializationRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's writes, committed by one thread of their own: each write ({@link #write}) is queued,
 * and the thread takes every write waiting when it is free and inserts all of their rows in one
 * transaction (group commit over every entity of the node), then completes each write's future.
 * Writes are committed in the order they were queued, so one entity's writes keep their order.
 * If the transaction fails, every write in it fails and nothing of it is kept.
 *
 * <p>Between an entity's write and its commit there is one hand-off (to this thread) and one back
 * (the future's completion); akka-persistence-jdbc's own path queues the write into a stream and
 * runs the insert through Slick's executor, three hand-offs in all.
 */
final class JournalWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JournalWriter.class);
    /** At most this many rows go into one transaction; the rest wait for the next. */
    static final int MAX_ROWS = 1_000;
    private static final long STOP_WAIT_SECONDS = 10;

    /** Rows an entity wrote together, and the future completed once they are committed. */
    private record Write(List<JournalAkkaSerializationRow> rows, CompletableFuture<Void> done) {
    }

    /** Queued by {@link #close}: the thread ends when it takes it, after every write queued before. */
    private static final Write STOP = new Write(List.of(), null);

    /** A connection from the journal's pool. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections source;
    private final String insert;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    /** Guarded by this: once set, no write is queued. */
    private boolean stopping;

    /**
     * @param source where connections come from (the journal's pool)
     * @param insert an INSERT of one row into the event table, the columns in the order of
     *               {@link #bind}, the {@code ordering} column left to the database
     */
    JournalWriter(Connections source, String insert, String name) {
        this.source = source;
        this.insert = insert;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The INSERT for {@link #bind}'s columns, each name passed through {@code quote}. */
    static String insertSql(String table, Function<String, String> quote, List<String> columns) {
        List<String> quoted = columns.stream().map(quote).toList();
        return "INSERT INTO " + table + " (" + String.join(", ", quoted) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** Queues rows for the next transaction; the future completes when they are committed. */
    CompletableFuture<Void> write(List<JournalAkkaSerializationRow> rows) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            if (!stopping) {
                queue.add(new Write(rows, done));
                return done;
            }
        }
        done.completeExceptionally(new IllegalStateException("the journal writer has stopped"));
        return done;
    }

    /**
     * Commits what is queued, then ends the thread (waiting up to {@value #STOP_WAIT_SECONDS} s);
     * writes queued later fail. The thread is never interrupted: a database file's channel may not
     * survive an interrupt in the middle of a write.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            queue.add(STOP);
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        int rows = 0;
        while (true) {
            Write next = batch.isEmpty() ? take() : queue.poll();
            if (next != null && next != STOP && rows < MAX_ROWS) {
                batch.add(next);
                rows += next.rows().size();
                continue;
            }
            if (!batch.isEmpty()) {
                commit(batch);
                batch.clear();
                rows = 0;
            }
            if (next == STOP) {
                return;
            }
            if (next != null) {
                batch.add(next);
                rows = next.rows().size();
            }
        }
    }

    private Write take() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Not stopped by interrupts (see close): the next write or STOP ends the wait.
            }
        }
    }

    private void commit(List<Write> batch) {
        try {
            insert(batch);
        } catch (SQLException | RuntimeException e) {
            failAll(batch, e);
            return;
        }
        for (Write w : batch) {
            w.done().complete(null);
        }
    }

    private void insert(List<Write> batch) throws SQLException {
        try (Connection connection = source.open()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (Write w : batch) {
                    for (JournalAkkaSerializationRow row : w.rows()) {
                        bind(statement, row);
                        statement.addBatch();
                    }
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * A row's values in the order of the event table's columns after {@code ordering}: deleted,
     * persistence id, sequence number, writer, write timestamp, adapter manifest, event payload,
     * its serializer id and manifest, metadata payload, its serializer id and manifest.
     */
    static void bind(PreparedStatement statement, JournalAkkaSerializationRow row) throws SQLException {
        statement.setBoolean(1, row.deleted());
        statement.setString(2, row.persistenceId());
        statement.setLong(3, row.sequenceNumber());
        statement.setString(4, row.writer());
        statement.setLong(5, row.writeTimestamp());
        statement.setString(6, row.adapterManifest());
        statement.setBytes(7, row.eventPayload());
        statement.setInt(8, row.eventSerId());
        statement.setString(9, row.eventSerManifest());
        if (row.metaPayload().isDefined()) {
            statement.setBytes(10, row.metaPayload().get());
        } else {
            statement.setNull(10, Types.VARBINARY);
        }
        if (row.metaSerId().isDefined()) {
            statement.setInt(11, (Integer) row.metaSerId().get());
        } else {
            statement.setNull(11, Types.INTEGER);
        }
        statement.setString(12, row.metaSerManifest().isDefined() ? row.metaSerManifest().get() : null);
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void failAll(List<Write> batch, Throwable cause) {
        if (!batch.isEmpty()) {
            log.warn("A journal write of {} entity writes failed: {}", batch.size(), cause.toString());
        }
        for (Write w : batch) {
            w.done().completeExceptionally(cause);
        }
    }
}
