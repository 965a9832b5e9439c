package dev.involution.arena.engine.regulator;

import java.util.List;

/**
 * One intervention of the regulator: what ({@code kind}, {@code value}), on whom ({@code firmId},
 * or {@link #ALL_FIRMS}), from which round until which round inclusive, and why: a reason that
 * cites the numbers that triggered it, for players and teachers to read, and the same numbers as
 * {@code figures} (named, with units) for a reader that formats them itself.
 */
public record Intervention(long id,
                           InterventionKind kind,
                           int firmId,
                           long value,
                           int fromRound,
                           int untilRound,
                           String reason,
                           List<Figure> figures) {

    public static final int ALL_FIRMS = -1;

    public Intervention {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public boolean appliesTo(int firm) {
        return firmId == ALL_FIRMS || firmId == firm;
    }

    public boolean activeIn(int round) {
        return round >= fromRound && round <= untilRound;
    }

    /** The same intervention with the id the market gave it. */
    public Intervention withId(long newId) {
        return new Intervention(newId, kind, firmId, value, fromRound, untilRound, reason, figures);
    }
}
