package dev.involution.arena.engine.tournament;

import dev.involution.arena.engine.SeededRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Who plays whom in a tournament. Every round seats each of the P entrants (indices 0..P-1) at
 * exactly one of ceil(P / S) tables of S seats; table sizes differ by at most one (larger tables
 * first) and house fillers take the seats left over.
 */
public final class Seating {
    /** Most seats one match may have. */
    public static final int MAX_SEATS = 32;

    private Seating() {
    }

    public static int tablesPerRound(int entrants, int seatsPerMatch) {
        checkShape(entrants, seatsPerMatch);
        return TableSizes.tables(entrants, seatsPerMatch);
    }

    /**
     * Round-robin style seating: all rounds drawn at once, deterministic from the seed. Each round
     * greedily forms tables that minimise how often entrants have already met (ties broken by the
     * seeded random, then improved by swaps between tables), and rotates seat order so no entrant
     * always sits first.
     */
    public static List<List<Table>> roundRobin(int entrants, int seatsPerMatch, int rounds, long seed) {
        checkShape(entrants, seatsPerMatch);
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
        }
        return new RoundRobinDraw(entrants, seatsPerMatch, seed).draw(rounds);
    }

    /**
     * Swiss: one round. {@code rankedEntrants} holds every entrant index, best rating first. Tables
     * are consecutive slices of the ranking (balanced sizes, larger tables at the top, best players
     * together), except that neighbours across a table boundary change places where that avoids
     * repeat meetings ({@code meetings[a][b]}: how often a and b have met; see {@link SwissDraw});
     * the seat order within a table is shuffled, deterministically from seed and round.
     */
    public static List<Table> swiss(List<Integer> rankedEntrants, int seatsPerMatch, int[][] meetings, long seed,
                                    int round) {
        if (rankedEntrants == null) {
            throw new IllegalArgumentException("rankedEntrants must not be null");
        }
        int entrants = rankedEntrants.size();
        checkShape(entrants, seatsPerMatch);
        checkPermutation(rankedEntrants);
        checkMatrix(meetings, entrants);
        SeededRandom random = new SeededRandom(
                new SeededRandom(seed ^ (0xD1B54A32D192ED03L * (round + 1L))).nextLong());
        List<Table> tables = new ArrayList<>();
        for (List<Integer> slice : SwissDraw.slices(rankedEntrants, seatsPerMatch, meetings)) {
            int[] seats = slice.stream().mapToInt(Integer::intValue).toArray();
            Shuffle.shuffle(seats, random);
            List<Integer> list = new ArrayList<>(seats.length);
            for (int e : seats) {
                list.add(e);
            }
            tables.add(new Table(list, seatsPerMatch - seats.length));
        }
        return List.copyOf(tables);
    }

    /** Counts of meetings in the given rounds (symmetric matrix P x P, zero diagonal). */
    public static int[][] meetings(int entrants, List<List<Table>> rounds) {
        if (entrants < 2) {
            throw new IllegalArgumentException("entrants must be >= 2, was " + entrants);
        }
        if (rounds == null) {
            throw new IllegalArgumentException("rounds must not be null");
        }
        int[][] met = new int[entrants][entrants];
        for (List<Table> round : rounds) {
            for (Table table : round) {
                List<Integer> seated = table.entrants();
                for (int i = 0; i < seated.size(); i++) {
                    int a = checkIndex(seated.get(i), entrants);
                    for (int j = i + 1; j < seated.size(); j++) {
                        int b = checkIndex(seated.get(j), entrants);
                        if (a != b) {
                            met[a][b]++;
                            met[b][a]++;
                        }
                    }
                }
            }
        }
        return met;
    }

    private static void checkShape(int entrants, int seatsPerMatch) {
        if (entrants < 2) {
            throw new IllegalArgumentException("a tournament needs at least 2 entrants, was " + entrants);
        }
        if (seatsPerMatch < 2 || seatsPerMatch > MAX_SEATS) {
            throw new IllegalArgumentException(
                    "seatsPerMatch must be between 2 and " + MAX_SEATS + ", was " + seatsPerMatch);
        }
    }

    private static void checkPermutation(List<Integer> ranked) {
        boolean[] seen = new boolean[ranked.size()];
        for (Integer e : ranked) {
            if (e == null || e < 0 || e >= ranked.size() || seen[e]) {
                throw new IllegalArgumentException(
                        "rankedEntrants must hold each index 0.." + (ranked.size() - 1) + " once, found " + e);
            }
            seen[e] = true;
        }
    }

    private static void checkMatrix(int[][] meetings, int entrants) {
        if (meetings == null || meetings.length != entrants) {
            throw new IllegalArgumentException("meetings must be a " + entrants + " x " + entrants + " matrix");
        }
        for (int[] row : meetings) {
            if (row == null || row.length != entrants) {
                throw new IllegalArgumentException("meetings must be a " + entrants + " x " + entrants + " matrix");
            }
        }
    }

    private static int checkIndex(Integer entrant, int entrants) {
        if (entrant == null || entrant < 0 || entrant >= entrants) {
            throw new IllegalArgumentException("entrant index out of range 0.." + (entrants - 1) + ": " + entrant);
        }
        return entrant;
    }
}
