package dev.involution.bots.client;

/**
 * The bookkeeping that makes a stream exactly-once: it knows the last sequence number delivered and
 * says of each incoming event whether to deliver it (the next one), drop it (a duplicate, already
 * delivered) or resync (a gap: something was missed, reconnect from {@link #resumeFrom()}).
 * A stream opened without {@code from} starts with a snapshot, which sets the base.
 * Thread-safe.
 */
public final class SequenceTracker {

    /** What to do with an incoming event. */
    public enum Verdict {
        /** The next event: deliver it. */
        DELIVER,
        /** Already delivered: drop it. */
        DUPLICATE,
        /** Events are missing before it (or no base yet): drop it and resync from {@link #resumeFrom()}. */
        GAP
    }

    private long last;
    private boolean based;
    private long duplicates;
    private long gaps;

    private SequenceTracker(long last, boolean based) {
        this.last = last;
        this.based = based;
    }

    /** A tracker that expects a snapshot first. */
    public static SequenceTracker fromSnapshot() {
        return new SequenceTracker(0, false);
    }

    /** A tracker that expects the event with sequence number {@code from} (at least 1) first. */
    public static SequenceTracker startingAt(long from) {
        if (from < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + from);
        }
        return new SequenceTracker(from - 1, true);
    }

    /**
     * A snapshot as of {@code seq}: the next event is {@code seq + 1}. Returns false (and changes
     * nothing) when the tracker already has a base: a later snapshot must not skip or repeat events.
     */
    public synchronized boolean snapshot(long seq) {
        if (based) {
            return false;
        }
        last = seq;
        based = true;
        return true;
    }

    public synchronized Verdict offer(long seq) {
        if (!based) {
            gaps++;
            return Verdict.GAP;
        }
        if (seq <= last) {
            duplicates++;
            return Verdict.DUPLICATE;
        }
        if (seq == last + 1) {
            last = seq;
            return Verdict.DELIVER;
        }
        gaps++;
        return Verdict.GAP;
    }

    /** Whether the tracker knows where it is (after a snapshot, or when it started at a sequence number). */
    public synchronized boolean hasBase() {
        return based;
    }

    /** The last sequence number delivered (or the snapshot's), 0 if none. */
    public synchronized long last() {
        return last;
    }

    /** The sequence number to reconnect from: {@code last() + 1}. */
    public synchronized long resumeFrom() {
        return last + 1;
    }

    /** Events dropped as duplicates so far. */
    public synchronized long duplicates() {
        return duplicates;
    }

    /** Gaps seen so far. */
    public synchronized long gaps() {
        return gaps;
    }
}
