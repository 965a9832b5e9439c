package dev.involution.arena.http;

/**
 * One subscriber's messages, pulled by whatever writes them to its socket (an Akka stream,
 * {@link CursorSource}, or a Netty channel) one at a time by one thread at a time. When a
 * {@link #poll} finds nothing, the cursor runs the wake-up it was opened with once something may
 * be there (from another thread: the wake-up should only hand the reader a turn).
 *
 * @param <T> the messages
 */
public interface StreamCursor<T> {

    /**
     * The next message, or {@code null}: nothing now, or the end ({@link #ended()}). A message
     * returned while {@link #ended()} turns true is the last one (a resync, say), to be written
     * before the socket's stream ends.
     */
    T poll();

    /** Whether nothing more comes: the messages ended normally, or with {@link #failure()}. */
    boolean ended();

    /** Why the messages ended, if they failed; {@code null} otherwise. */
    default Throwable failure() {
        return null;
    }

    /**
     * Whether the next {@link #poll} should happen even though the socket cannot take more: the
     * subscriber fell too far behind, and its last message (the resync) ends it.
     */
    default boolean urgent() {
        return false;
    }

    /** The subscriber leaves (its socket closed); nothing is polled after this. */
    void close();
}
