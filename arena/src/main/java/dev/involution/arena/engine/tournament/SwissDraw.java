package dev.involution.arena.engine.tournament;

import java.util.ArrayList;
import java.util.List;

/**
 * A Swiss round's tables: consecutive slices of the ranking (balanced sizes, larger tables at the
 * top), then, at each boundary between two tables from the top down, the last-ranked entrant of
 * the upper table and the first-ranked of the lower one change places when that makes fewer
 * repeat meetings at the two tables. Only neighbours in the ranking swap, so entrants still play
 * those ranked close to them, but a table of the last round is not simply played again.
 */
final class SwissDraw {
    private SwissDraw() {
    }

    /** The slices of {@code ranked} as lists of entrant indices, with rematch-avoiding swaps applied. */
    static List<List<Integer>> slices(List<Integer> ranked, int seatsPerMatch, int[][] meetings) {
        List<List<Integer>> slices = new ArrayList<>();
        int from = 0;
        for (int size : TableSizes.of(ranked.size(), seatsPerMatch)) {
            slices.add(new ArrayList<>(ranked.subList(from, from + size)));
            from += size;
        }
        for (int t = 0; t + 1 < slices.size(); t++) {
            List<Integer> upper = slices.get(t);
            List<Integer> lower = slices.get(t + 1);
            int before = repeats(upper, meetings) + repeats(lower, meetings);
            int last = upper.size() - 1;
            swap(upper, last, lower, 0);
            if (repeats(upper, meetings) + repeats(lower, meetings) >= before) {
                swap(upper, last, lower, 0);
            }
        }
        return slices;
    }

    private static void swap(List<Integer> a, int i, List<Integer> b, int j) {
        int held = a.get(i);
        a.set(i, b.get(j));
        b.set(j, held);
    }

    /** How many earlier meetings the entrants at one table have had among themselves. */
    static int repeats(List<Integer> table, int[][] meetings) {
        int sum = 0;
        for (int i = 0; i < table.size(); i++) {
            for (int j = i + 1; j < table.size(); j++) {
                sum += meetings[table.get(i)][table.get(j)];
            }
        }
        return sum;
    }
}
