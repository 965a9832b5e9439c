package dev.involution.arena.match;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * When a match's inbox refuses a new order instead of queueing it (admission control), apart from
 * the actor so that it can be decided on any clock: every time is in nanoseconds of one monotonic
 * clock, given by the caller. Three bounds, each off unless configured:
 *
 * <ul>
 *   <li><b>count</b>: {@code maxQueued} commands or more already wait behind the write in flight;</li>
 *   <li><b>time</b>: the oldest of them has waited longer than {@code maxDelay};</li>
 *   <li><b>a standing queue</b> (after CoDel, Nichols and Jacobson, "Controlling Queue Delay", 2012):
 *       the queue has stood, when every batch handed over to a write for at least {@code interval}
 *       had its oldest command wait longer than {@code target}: the match has been offered orders
 *       faster than it writes them for longer than a burst lasts. While it stands, a new order is
 *       refused once the oldest waiting command has waited longer than {@code target}; it stops
 *       standing at the first batch whose oldest command waited {@code target} or less.</li>
 * </ul>
 *
 * <p>A burst that the match writes within {@code interval} is never refused by the third bound,
 * however long it queues; a match that keeps falling behind answers the orders it cannot write in
 * time at once (HTTP 503), so that a client's other requests are not held up behind them. An empty
 * queue always admits.
 */
final class Admission {
    private static final String MAX_QUEUED_ORDERS = "arena.matches.max-queued-orders";
    private static final String MAX_QUEUE_DELAY = "arena.matches.max-queue-delay";
    private static final String QUEUE_DELAY_TARGET = "arena.matches.queue-delay-target";
    private static final String QUEUE_DELAY_INTERVAL = "arena.matches.queue-delay-interval";
    private static final long NEVER = Long.MAX_VALUE;
    private static final long NOT_ABOVE = Long.MIN_VALUE;

    private final int maxQueued;
    private final long maxDelay;
    private final long target;
    private final long interval;
    /** When the batches began to wait longer than the target ({@link #NOT_ABOVE}: the last one did not). */
    private long aboveSince = NOT_ABOVE;
    private boolean standing;

    /** {@code target} zero: no bound by a standing queue; {@code maxDelay} zero: none by time. */
    Admission(int maxQueued, Duration maxDelay, Duration target, Duration interval) {
        this.maxQueued = maxQueued;
        this.maxDelay = maxDelay.isZero() ? NEVER : maxDelay.toNanos();
        this.target = target.isZero() ? NEVER : target.toNanos();
        this.interval = interval.toNanos();
    }

    /** Admits every order. */
    static Admission unbounded() {
        return new Admission(Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The bounds configured under {@code arena.matches}. */
    static Admission of(Config config) {
        return new Admission(
                config.hasPath(MAX_QUEUED_ORDERS) ? config.getInt(MAX_QUEUED_ORDERS) : Integer.MAX_VALUE,
                duration(config, MAX_QUEUE_DELAY, Duration.ZERO),
                duration(config, QUEUE_DELAY_TARGET, Duration.ZERO),
                duration(config, QUEUE_DELAY_INTERVAL, Duration.ofMillis(100)));
    }

    private static Duration duration(Config config, String path, Duration fallback) {
        return config.hasPath(path) ? config.getDuration(path) : fallback;
    }

    /** Whether an order arriving at {@code now} may join a queue of {@code queued} commands, the oldest queued at {@code oldestAt}. */
    boolean admits(long now, int queued, long oldestAt) {
        if (queued == 0) {
            return true;
        }
        long waited = now - oldestAt;
        return queued < maxQueued && waited <= maxDelay && !(standing && waited > target);
    }

    /** A batch is handed over to a write at {@code now}; its oldest command was queued at {@code oldestAt}. */
    void handedOver(long now, long oldestAt) {
        if (target == NEVER) {
            return;
        }
        if (now - oldestAt <= target) {
            aboveSince = NOT_ABOVE;
            standing = false;
        } else if (aboveSince == NOT_ABOVE) {
            aboveSince = now;
        } else if (now - aboveSince >= interval) {
            standing = true;
        }
    }

    /** Whether the queue stands: orders that would wait longer than the target are refused. */
    boolean standing() {
        return standing;
    }
}
