package dev.involution.arena.journal;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import com.typesafe.config.Config;
import dev.involution.arena.metrics.ArenaMetrics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the H2 journal's file from growing without bound: H2's store writes every commit as a new
 * chunk of the file, and a chunk's space is reused only once none of its pages is live. The
 * journal only appends, so nearly every chunk keeps a page or two that are never rewritten, and
 * without compaction the file grew with every commit for as long as the arena ran, a tenth of it
 * live (1.1 KB an event at full load, 6-9 KB at one order a commit; docs/BENCHMARKS.md, "The H2
 * file's growth"). H2 compacts in its background thread, which
 * {@code WRITE_DELAY=0} (a commit written at commit time, what "acknowledged means on disk"
 * needs) turns off; this runs the same compaction ({@link MVStore#compact}: the live pages of
 * sparse chunks rewritten into new ones, so that the old chunks are freed) on a thread of its
 * own, on the store that the journal's connections share. A round rewrites at most
 * {@code write-limit} bytes, so commits wait behind it for little.
 *
 * <p>Settings under {@code arena.db.h2.housekeeping}: {@code interval} (0 turns it off),
 * {@code target-fill-percent}, {@code write-limit}.
 */
public final class H2Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);
    private static final String SETTINGS = "arena.db.h2.housekeeping";

    private final Connection connection;
    private final MVStore store;
    private final ScheduledExecutorService timer;
    private final int targetFillPercent;
    private final int writeLimitBytes;
    /** The timer's thread, once it has started: {@link #close} waits until it has ended. */
    private volatile Thread thread;

    private H2Housekeeping(Connection connection, MVStore store, int targetFillPercent, int writeLimitBytes) {
        this.connection = connection;
        this.store = store;
        this.targetFillPercent = targetFillPercent;
        this.writeLimitBytes = writeLimitBytes;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "arena-h2-housekeeping");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /**
     * Starts housekeeping when the journal is on H2 and it is not turned off, and stops it in
     * the system's coordinated shutdown. Call after the journal's tables exist.
     */
    public static void startFor(ActorSystem<?> system) throws SQLException {
        Config config = system.settings().config();
        if (JournalDatabase.of(config) != JournalDatabase.H2) {
            return;
        }
        Config settings = config.getConfig(SETTINGS);
        Duration interval = settings.getDuration("interval");
        if (interval.isZero()) {
            return;
        }
        H2Housekeeping housekeeping = open(config.getConfig("arena.db.h2.db"), settings.getInt("target-fill-percent"),
                (int) settings.getMemorySize("write-limit").toBytes());
        housekeeping.every(interval);
        ArenaMetrics.get(system).journalFile(
                new ArenaMetrics.JournalFile(housekeeping::fileBytes, housekeeping::chunksFillPercent));
        CoordinatedShutdown.get(system).addTask(CoordinatedShutdown.PhaseBeforeActorSystemTerminate(),
                "arena-stop-h2-housekeeping", () -> {
                    housekeeping.close();
                    return CompletableFuture.completedFuture(Done.getInstance());
                });
    }

    /** Housekeeping for the embedded H2 database at {@code db} (its url, user and password). */
    static H2Housekeeping open(Config db, int targetFillPercent, int writeLimitBytes) throws SQLException {
        Connection connection = DriverManager.getConnection(db.getString("url"), db.getString("user"),
                db.getString("password"));
        try {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            return new H2Housekeeping(connection, store, targetFillPercent, writeLimitBytes);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs {@link #compactOnce} every {@code interval} until closed. */
    void every(Duration interval) {
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::compactOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * One round: when the live share of the file's chunks is under the target, rewrites the live
     * pages of the sparsest chunks (at most the write limit). Returns whether anything was rewritten.
     */
    boolean compactOnce() {
        try {
            if (store.isClosed() || !store.compact(targetFillPercent, writeLimitBytes)) {
                return false;
            }
            // The rewritten pages are written by the next store; this one, rather than a journal commit.
            store.tryCommit();
            return true;
        } catch (RuntimeException e) {
            log.warn("H2 housekeeping failed this round: {}", e.toString());
            return false;
        }
    }

    /** The file's size in bytes. */
    long fileBytes() {
        return store.isClosed() ? 0 : store.getFileStore().size();
    }

    /** The live share of the data in the file's chunks, in percent. */
    int chunksFillPercent() {
        return store.getFileStore().getChunksFillRate();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            // The executor counts as terminated a moment before its thread has returned.
            if (timer.awaitTermination(10, TimeUnit.SECONDS) && thread != null) {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing H2 housekeeping's connection: {}", e.toString());
        }
    }
}
