package dev.involution.arena.http;

/**
 * How many messages a pusher of {@code rate} messages a second owes at a given time, counted from
 * its start: message {@code k} (from 0) is due {@code k / rate} seconds after it. Each call takes
 * what became due since the last one, so however late or irregular the calls, the messages taken
 * add up to the rate. After a stall of more than a second, only the last second's are owed (a
 * burst stays bounded; the rest are skipped, not queued).
 */
final class DueMessages {
    private static final long SECOND = 1_000_000_000L;

    private final int rate;
    private final long startNanos;
    private long taken;

    DueMessages(int rate, long startNanos) {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 a second");
        }
        this.rate = rate;
        this.startNanos = startNanos;
    }

    /** The messages due at {@code nowNanos} and not taken yet; they count as taken. */
    int take(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - startNanos);
        long due = elapsed / SECOND * rate + elapsed % SECOND * rate / SECOND + 1;
        taken = Math.max(taken, due - rate);
        int count = (int) (due - taken);
        taken = due;
        return count;
    }
}
