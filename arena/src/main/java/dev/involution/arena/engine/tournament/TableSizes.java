package dev.involution.arena.engine.tournament;

/** Splits the entrants of a round over the fewest tables, sizes differing by at most one, larger tables first. */
final class TableSizes {
    private TableSizes() {
    }

    static int tables(int entrants, int seatsPerMatch) {
        return (entrants + seatsPerMatch - 1) / seatsPerMatch;
    }

    static int[] of(int entrants, int seatsPerMatch) {
        int tables = tables(entrants, seatsPerMatch);
        int[] sizes = new int[tables];
        for (int t = 0; t < tables; t++) {
            sizes[t] = entrants / tables + (t < entrants % tables ? 1 : 0);
        }
        return sizes;
    }
}
