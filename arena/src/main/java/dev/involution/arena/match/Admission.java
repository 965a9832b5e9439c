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
 *   <li><b>write budget</b>: the queue already holds what the match writes in {@code writeBudget},
 *       at the write time per command it measured over its recent writes (never fewer than
 *       {@link #MIN_BUDGETED} commands). The queue is the next write's batch, so an accepted order
 *       waits at most about one budget for the write in flight and one for its own, whatever the
 *       machine's speed, while every write still carries as many orders as fit in the budget.</li>
 * </ul>
 *
 * <p>An empty queue always admits. Under overload the orders that cannot be written in time are
 * answered at once (HTTP 503), so that they do not hold up a client's other requests.
 */
final class Admission {
    /** The write budget never holds the queue below this many commands: a batch of a few is the costliest per order. */
    static final int MIN_BUDGETED = 8;
    private static final String MAX_QUEUED_ORDERS = "arena.matches.max-queued-orders";
    private static final String MAX_QUEUE_DELAY = "arena.matches.max-queue-delay";
    private static final String WRITE_BUDGET = "arena.matches.queue-write-budget";
    private static final long NEVER = Long.MAX_VALUE;
    /** The weight of the newest write in the measured write time per command. */
    private static final double NEWEST = 0.125;

    private final int maxQueued;
    private final long maxDelay;
    private final long writeBudget;
    /** Measured write time per command, nanoseconds (0: nothing written yet). */
    private double perCommand;
    private long writeStarted;
    private int writing;

    /** {@code maxDelay} zero: no bound by time; {@code writeBudget} zero: none by the write time. */
    Admission(int maxQueued, Duration maxDelay, Duration writeBudget) {
        this.maxQueued = maxQueued;
        this.maxDelay = maxDelay.isZero() ? NEVER : maxDelay.toNanos();
        this.writeBudget = writeBudget.isZero() ? NEVER : writeBudget.toNanos();
    }

    /** Admits every order. */
    static Admission unbounded() {
        return new Admission(Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO);
    }

    /** The bounds configured under {@code arena.matches}. */
    static Admission of(Config config) {
        return new Admission(
                config.hasPath(MAX_QUEUED_ORDERS) ? config.getInt(MAX_QUEUED_ORDERS) : Integer.MAX_VALUE,
                config.hasPath(MAX_QUEUE_DELAY) ? config.getDuration(MAX_QUEUE_DELAY) : Duration.ZERO,
                config.hasPath(WRITE_BUDGET) ? config.getDuration(WRITE_BUDGET) : Duration.ZERO);
    }

    /** Whether an order arriving at {@code now} may join a queue of {@code queued} commands, the oldest queued at {@code oldestAt}. */
    boolean admits(long now, int queued, long oldestAt) {
        if (queued == 0) {
            return true;
        }
        return queued < maxQueued && now - oldestAt <= maxDelay && queued < budgeted();
    }

    /** How many commands the queue may hold under the write budget. */
    int budgeted() {
        if (writeBudget == NEVER || perCommand == 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.max(MIN_BUDGETED, Math.min(Integer.MAX_VALUE, writeBudget / perCommand));
    }

    /** A batch of {@code commands} is handed over to a write at {@code now}. */
    void writing(long now, int commands) {
        writeStarted = now;
        writing = commands;
    }

    /** The write handed over last is done at {@code now}. */
    void written(long now) {
        if (writing == 0) {
            return;
        }
        double sample = (double) (now - writeStarted) / writing;
        perCommand = perCommand == 0 ? sample : perCommand + NEWEST * (sample - perCommand);
        writing = 0;
    }
}
