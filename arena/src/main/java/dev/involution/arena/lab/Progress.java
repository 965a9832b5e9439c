package dev.involution.arena.lab;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The lab's progress on the terminal: on a terminal one line redrawn in place (carriage return)
 * with a bar, done/total, matches per second and the time left; otherwise a plain line at every
 * tenth of the way. Thread-safe; redraws at most every {@code 100 ms} of the given clock.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final int total;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int lastTenth = 0;
    private int done;
    private boolean finished;

    public Progress(PrintStream out, boolean terminal, LongSupplier nanoTime, int total) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.total = total;
        this.start = nanoTime.getAsLong();
    }

    /** One more match done. */
    public synchronized void matchDone() {
        done++;
        long now = nanoTime.getAsLong();
        if (terminal) {
            if (done == total || lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                out.print('\r' + line(done, total, now - start));
                out.flush();
            }
        } else {
            int tenth = (int) ((long) done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(line(done, total, now - start));
                out.flush();
            }
        }
    }

    /** Ends the progress line (on a terminal, moves to the next line). */
    public synchronized void finish() {
        if (!finished && terminal) {
            out.println();
            out.flush();
        }
        finished = true;
    }

    public synchronized int done() {
        return done;
    }

    /** The line for {@code done} of {@code total} matches after {@code elapsedNanos}. */
    static String line(int done, int total, long elapsedNanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        StringBuilder bar = new StringBuilder(WIDTH);
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '#' : '.');
        }
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = done >= total ? "done" : rate > 0 ? "ETA " + duration((total - done) / rate) : "ETA --:--";
        String width = Integer.toString(Integer.toString(total).length());
        return String.format(Locale.ROOT, "[%s] %" + width + "d/%d matches  %.1f matches/s  %s  ", bar, done, total,
                rate, eta);
    }

    /** Seconds as m:ss, or h:mm:ss from an hour on. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
