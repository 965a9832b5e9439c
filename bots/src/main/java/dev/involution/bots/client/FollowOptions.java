package dev.involution.bots.client;

import java.time.Duration;

/**
 * How a {@link MatchFollower} keeps its connection.
 *
 * @param idleTimeout        a connection that brings no message (not even a heartbeat, which the
 *                           arena sends after 10 s of quiet) for this long counts as dead and is
 *                           replaced
 * @param initialBackoff     the wait before the first reconnection attempt; doubled on each
 *                           failure in a row, at most {@code maxBackoff}
 * @param maxBackoff         the longest wait between reconnection attempts
 * @param maxFailures        consecutive failed connection attempts after which the follower gives
 *                           up (0: never)
 * @param stopAfterFinish    stop (and complete {@link MatchFollower#done()}) once the
 *                           {@code match-finished} event has been delivered
 */
public record FollowOptions(Duration idleTimeout,
                            Duration initialBackoff,
                            Duration maxBackoff,
                            int maxFailures,
                            boolean stopAfterFinish) {

    public FollowOptions {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxFailures < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff and maxFailures >= 0");
        }
    }

    /** Idle after 30 s; reconnect after 100 ms, 200 ms, ... at most 5 s; give up after 60 failures in a row. */
    public static FollowOptions defaults() {
        return new FollowOptions(Duration.ofSeconds(30), Duration.ofMillis(100), Duration.ofSeconds(5), 60, true);
    }

    public FollowOptions withIdleTimeout(Duration timeout) {
        return new FollowOptions(timeout, initialBackoff, maxBackoff, maxFailures, stopAfterFinish);
    }

    public FollowOptions withStopAfterFinish(boolean stop) {
        return new FollowOptions(idleTimeout, initialBackoff, maxBackoff, maxFailures, stop);
    }

    public FollowOptions withBackoff(Duration initial, Duration max, int failures) {
        return new FollowOptions(idleTimeout, initial, max, failures, stopAfterFinish);
    }

    /** The wait before reconnection attempt {@code failures + 1}. */
    Duration backoff(int failures) {
        Duration d = initialBackoff;
        for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
