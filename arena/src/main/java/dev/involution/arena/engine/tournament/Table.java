package dev.involution.arena.engine.tournament;

import java.util.List;

/** One match of a round: the entrants seated, in seat order, and how many filler seats it has. */
public record Table(List<Integer> entrants, int fillers) {
    public Table {
        entrants = List.copyOf(entrants);
        if (entrants.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one entrant");
        }
        if (fillers < 0) {
            throw new IllegalArgumentException("fillers must be >= 0, was " + fillers);
        }
    }
}
