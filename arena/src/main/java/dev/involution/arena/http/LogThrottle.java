package dev.involution.arena.http;

import org.slf4j.Logger;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * At most {@code perWindow} log lines of one kind per window; the first line after a window in
 * which lines were held back says how many. For lines a client can cause at will, so that no
 * client can fill the log.
 */
public final class LogThrottle {

    private final Logger log;
    private final long windowNanos;
    private final int perWindow;
    private final LongSupplier nanoClock;
    private long windowStart;
    private int written;
    private long suppressed;

    public LogThrottle(Logger log, Duration window, int perWindow, LongSupplier nanoClock) {
        this.log = log;
        this.windowNanos = window.toNanos();
        this.perWindow = perWindow;
        this.nanoClock = nanoClock;
        this.windowStart = nanoClock.getAsLong();
    }

    public LogThrottle(Logger log, Duration window, int perWindow) {
        this(log, window, perWindow, System::nanoTime);
    }

    /** An INFO line, unless this window's lines are used up. */
    public void info(String format, Object... arguments) {
        String prefix = admit();
        if (prefix != null) {
            log.info(prefix + format, arguments);
        }
    }

    /** A WARN line, unless this window's lines are used up. */
    public void warn(String format, Object... arguments) {
        String prefix = admit();
        if (prefix != null) {
            log.warn(prefix + format, arguments);
        }
    }

    /** The prefix for a line that may be written now (saying how many were held back), or null. */
    private synchronized String admit() {
        long now = nanoClock.getAsLong();
        if (now - windowStart >= windowNanos) {
            windowStart = now;
            written = 0;
        }
        if (written >= perWindow) {
            suppressed++;
            return null;
        }
        written++;
        if (suppressed == 0) {
            return "";
        }
        String prefix = "(" + suppressed + " similar lines held back) ";
        suppressed = 0;
        return prefix;
    }
}
