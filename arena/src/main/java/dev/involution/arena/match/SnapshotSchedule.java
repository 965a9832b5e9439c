package dev.involution.arena.match;

import java.util.function.LongConsumer;

/**
 * When a match saves a snapshot of its state, and which older snapshots it lets go.
 *
 * <p>A snapshot holds the live book, so saving one costs time in proportion to the book's resting
 * orders. A match saves one at a multiple of {@value #EVERY} events once as many events have been
 * written since the last one as the book held orders then, but never more than {@value #AT_MOST}:
 * a small book every 1,000 events, a book of 20,000 resting orders about every 20,000, a book of
 * 50,000 or more every 50,000. With a large book a fixed 1,000 made every order pay for a
 * fiftieth or more of the book again; the bound keeps a restart's replay (the events after the
 * latest snapshot, which take far longer to read and apply than a snapshot's orders to load) to at
 * most {@value #AT_MOST} events. After a restart the first multiple of {@value #EVERY} saves one.
 * The last two snapshots saved are kept; older ones are deleted.
 */
final class SnapshotSchedule {
    static final int EVERY = 1_000;
    static final int AT_MOST = 50_000;

    private final LongConsumer deleteUpTo;
    /** The sequence number of the last snapshot decided on by this incarnation (0: none). */
    private long lastDue;
    /** How many orders the book held at {@link #lastDue}. */
    private int restingAtLastDue;
    /** The sequence number of the last snapshot saved by this incarnation (0: none). */
    private long lastSaved;

    /** {@code deleteUpTo} deletes the snapshots at or below the sequence number it is given. */
    SnapshotSchedule(LongConsumer deleteUpTo) {
        this.deleteUpTo = deleteUpTo;
    }

    /** Whether to save a snapshot after the event at {@code sequenceNr}, the book holding {@code restingOrders}. */
    boolean due(long sequenceNr, int restingOrders) {
        if (sequenceNr % EVERY != 0 || sequenceNr - lastDue < Math.min(restingAtLastDue, AT_MOST)) {
            return false;
        }
        lastDue = sequenceNr;
        restingAtLastDue = restingOrders;
        return true;
    }

    /** A snapshot at {@code sequenceNr} was saved: those before the one saved before it go. */
    void saved(long sequenceNr) {
        if (lastSaved > 0 && lastSaved < sequenceNr) {
            deleteUpTo.accept(lastSaved - 1);
        }
        lastSaved = Math.max(lastSaved, sequenceNr);
    }
}
