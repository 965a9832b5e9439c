package dev.involution.arena.http;

import java.util.Optional;

/**
 * The {@code from} query parameter of the streams and the match's history: a sequence number of at
 * least a minimum (a match's events are numbered from 1; a tournament's changes from 0).
 */
public final class FromParameter {
    private FromParameter() {
    }

    /** The number in {@code value} when it is a whole number of at least {@code min}. */
    public static Optional<Long> parse(String value, long min) {
        try {
            long v = Long.parseLong(value);
            return v >= min ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The 400 for a {@code from} that is not a whole number of at least {@code min}. */
    public static Problem invalid(long min) {
        return Problem.invalidField("from", "range", "from must be a whole number of at least " + min);
    }
}
