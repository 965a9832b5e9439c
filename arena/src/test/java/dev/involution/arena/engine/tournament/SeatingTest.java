package dev.involution.arena.engine.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeatingTest {

    // ---- invariants ----

    @Test
    void everyRoundSeatsEveryEntrantOnceAtBalancedTables() {
        List<List<Table>> rounds = Seating.roundRobin(13, 6, 7, 42);
        assertThat(rounds).hasSize(7);
        rounds.forEach(round -> checkRound(13, 6, round));
    }

    @Test
    void everyEntrantPlaysExactlyOneMatchPerRound() {
        int[] played = new int[20];
        for (List<Table> round : Seating.roundRobin(20, 3, 9, 5)) {
            round.forEach(t -> t.entrants().forEach(e -> played[e]++));
        }
        for (int count : played) {
            assertThat(count).isEqualTo(9);
        }
    }

    @Test
    void tablesPerRoundIsTheCeilingOfEntrantsOverSeats() {
        assertThat(Seating.tablesPerRound(2, 2)).isEqualTo(1);
        assertThat(Seating.tablesPerRound(13, 6)).isEqualTo(3);
        assertThat(Seating.tablesPerRound(12, 6)).isEqualTo(2);
        assertThat(Seating.tablesPerRound(3, 8)).isEqualTo(1);
        assertThat(Seating.tablesPerRound(256, 32)).isEqualTo(8);
    }

    @Test
    void thirteenEntrantsAtSixSeatsSitAtTablesOfFiveFourAndFour() {
        for (List<Table> round : Seating.roundRobin(13, 6, 4, 3)) {
            assertThat(round).extracting(t -> t.entrants().size()).containsExactly(5, 4, 4);
            assertThat(round).extracting(Table::fillers).containsExactly(1, 2, 2);
        }
    }

    @Test
    void twoEntrantsAtTwoSeatsShareOneTableAndTakeTurnsInSeatZero() {
        List<List<Table>> rounds = Seating.roundRobin(2, 2, 4, 9);
        int[] first = new int[2];
        for (List<Table> round : rounds) {
            assertThat(round).hasSize(1);
            assertThat(round.get(0).fillers()).isZero();
            assertThat(new HashSet<>(round.get(0).entrants())).containsExactlyInAnyOrder(0, 1);
            first[round.get(0).entrants().get(0)]++;
        }
        assertThat(first).containsExactly(2, 2);
    }

    @Test
    void invariantsHoldOverManyShapesAndSeeds() {
        int checked = 0;
        for (int p = 2; p <= 41; p += 3) {
            for (int s : new int[] {2, 3, 4, 5, 6, 8, 13, 32}) {
                for (int r : new int[] {1, 2, 5}) {
                    for (long seed = -1; seed <= 1; seed++) {
                        List<List<Table>> rounds = Seating.roundRobin(p, s, r, seed * 7919);
                        assertThat(rounds).hasSize(r);
                        for (List<Table> round : rounds) {
                            checkRound(p, s, round);
                        }
                        checkMeetingsMatrix(p, rounds);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(14 * 8 * 3 * 3);
    }

    @Test
    void theLargestSupportedShapeKeepsTheInvariants() {
        List<List<Table>> rounds = Seating.roundRobin(256, 32, 100, 1);
        assertThat(rounds).hasSize(100);
        rounds.forEach(round -> checkRound(256, 32, round));
        checkMeetingsMatrix(256, rounds);
    }

    // ---- determinism ----

    @Test
    void theSameSeedGivesTheSameSeating() {
        assertThat(Seating.roundRobin(17, 4, 6, 123)).isEqualTo(Seating.roundRobin(17, 4, 6, 123));
    }

    @Test
    void differentSeedsGiveDifferentSeatings() {
        Set<List<List<Table>>> seatings = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            seatings.add(Seating.roundRobin(17, 4, 6, seed));
        }
        assertThat(seatings).hasSize(10);
    }

    // ---- mixing ----

    @Test
    void twelveAtFourSeatsOverElevenRoundsMeetEveryoneWithFewRepeats() {
        for (long seed = 1; seed <= 20; seed++) {
            int[][] met = Seating.meetings(12, Seating.roundRobin(12, 4, 11, seed));
            assertThat(minPair(met)).as("least meetings of a pair, seed %d", seed).isGreaterThanOrEqualTo(1);
            assertThat(maxPair(met)).as("most meetings of a pair, seed %d", seed).isLessThanOrEqualTo(4);
        }
        int[][] fixed = Seating.meetings(12, fixedSeating(12, 4, 11));
        assertThat(maxPair(fixed)).isEqualTo(11);
        assertThat(minPair(fixed)).isZero();
    }

    @Test
    void twelveAtSixSeatsOverTenRoundsSpreadMeetingsEvenly() {
        for (long seed = 1; seed <= 20; seed++) {
            int[][] met = Seating.meetings(12, Seating.roundRobin(12, 6, 10, seed));
            assertThat(maxPair(met) - minPair(met)).as("spread of meetings, seed %d", seed).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void nineAtThreeSeatsOverFourRoundsNeverRepeatAPair() {
        int[][] met = Seating.meetings(9, Seating.roundRobin(9, 3, 4, 77));
        assertThat(maxPair(met)).isEqualTo(1);
        assertThat(minPair(met)).isEqualTo(1);
    }

    // ---- seat rotation ----

    @Test
    void noEntrantSitsFirstInEveryRound() {
        int[][] shapes = {{12, 4, 4}, {12, 4, 11}, {13, 6, 5}, {7, 3, 4}, {2, 2, 2}, {30, 8, 8}, {5, 32, 5}};
        for (int[] shape : shapes) {
            for (long seed = 1; seed <= 10; seed++) {
                List<List<Table>> rounds = Seating.roundRobin(shape[0], shape[1], shape[2], seed);
                int[] first = timesInSeatZero(shape[0], rounds);
                for (int e = 0; e < shape[0]; e++) {
                    assertThat(first[e]).as("entrant %d in shape %d/%d/%d", e, shape[0], shape[1], shape[2])
                            .isLessThan(shape[2]);
                }
            }
        }
    }

    @Test
    void seatZeroGoesRoundEvenly() {
        for (long seed = 1; seed <= 20; seed++) {
            int[] first = timesInSeatZero(12, Seating.roundRobin(12, 4, 12, seed));
            int least = Arrays.stream(first).min().orElseThrow();
            int most = Arrays.stream(first).max().orElseThrow();
            assertThat(most - least).as("spread of seat-0 counts, seed %d", seed).isLessThanOrEqualTo(2);
            assertThat(least).as("everyone sits first sometimes, seed %d", seed).isGreaterThanOrEqualTo(1);
        }
    }

    // ---- swiss ----

    @Test
    void swissTablesAreSlicesOfTheRanking() {
        List<Integer> ranked = List.of(7, 3, 0, 9, 1, 4, 8, 2, 6, 5);
        List<Table> tables = Seating.swiss(ranked, 4, new int[10][10], 1, 1);
        assertThat(tables).extracting(t -> t.entrants().size()).containsExactly(4, 3, 3);
        assertThat(tables).extracting(Table::fillers).containsExactly(0, 1, 1);
        assertThat(tables.get(0).entrants()).containsExactlyInAnyOrder(7, 3, 0, 9);
        assertThat(tables.get(1).entrants()).containsExactlyInAnyOrder(1, 4, 8);
        assertThat(tables.get(2).entrants()).containsExactlyInAnyOrder(2, 6, 5);
    }

    @Test
    void swissSwapsNeighboursAcrossATableBoundaryRatherThanReplayLastRoundsTables() {
        // Last round, {0, 1, 2} and {3, 4, 5} played each other; the ranking has not changed.
        int[][] met = Seating.meetings(6, List.of(List.of(new Table(List.of(0, 1, 2), 0), new Table(List.of(3, 4, 5), 0))));
        List<Table> tables = Seating.swiss(List.of(0, 1, 2, 3, 4, 5), 3, met, 1, 2);
        assertThat(tables.get(0).entrants()).as("the 3rd and 4th ranked change tables").containsExactlyInAnyOrder(0, 1, 3);
        assertThat(tables.get(1).entrants()).containsExactlyInAnyOrder(2, 4, 5);
    }

    @Test
    void swissKeepsTheSlicesWhenASwapWouldNotMeetFewerAgain() {
        // 0 and 1 have met, and so have 0 and 3: moving 3 up would repeat more than it saves.
        int[][] met = new int[6][6];
        met[0][1] = met[1][0] = 1;
        met[0][3] = met[3][0] = 1;
        List<Table> tables = Seating.swiss(List.of(0, 1, 2, 3, 4, 5), 3, met, 1, 2);
        assertThat(tables.get(0).entrants()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(tables.get(1).entrants()).containsExactlyInAnyOrder(3, 4, 5);
    }

    @Test
    void swissWithFewerEntrantsThanSeatsIsOneTable() {
        List<Table> tables = Seating.swiss(List.of(2, 0, 1), 8, new int[3][3], 4, 2);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).entrants()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(tables.get(0).fillers()).isEqualTo(5);
    }

    @Test
    void swissIsDeterministicFromSeedAndRound() {
        List<Integer> ranked = ranking(24);
        int[][] met = new int[24][24];
        assertThat(Seating.swiss(ranked, 6, met, 5, 3)).isEqualTo(Seating.swiss(ranked, 6, met, 5, 3));
        Set<List<Table>> draws = new HashSet<>();
        for (int round = 1; round <= 5; round++) {
            draws.add(Seating.swiss(ranked, 6, met, 5, round));
        }
        assertThat(draws).hasSizeGreaterThan(1);
    }

    @Test
    void swissKeepsTheInvariantsOverManyShapes() {
        for (int p = 2; p <= 40; p += 3) {
            for (int s : new int[] {2, 3, 5, 8, 32}) {
                List<Integer> ranked = new ArrayList<>(ranking(p));
                Collections.reverse(ranked);
                List<Table> round = Seating.swiss(ranked, s, new int[p][p], p, s);
                checkRound(p, s, round);
                int from = 0;
                for (Table table : round) {
                    assertThat(table.entrants()).containsExactlyInAnyOrderElementsOf(
                            ranked.subList(from, from + table.entrants().size()));
                    from += table.entrants().size();
                }
            }
        }
    }

    // ---- meetings and validation ----

    @Test
    void meetingsCountsEveryPairAtEveryTable() {
        List<List<Table>> rounds = List.of(
                List.of(new Table(List.of(0, 1, 2), 1), new Table(List.of(3), 3)),
                List.of(new Table(List.of(2, 0), 2), new Table(List.of(1, 3), 2)));
        int[][] met = Seating.meetings(4, rounds);
        assertThat(met[0][1]).isEqualTo(1);
        assertThat(met[0][2]).isEqualTo(2);
        assertThat(met[2][0]).isEqualTo(2);
        assertThat(met[1][3]).isEqualTo(1);
        assertThat(met[0][3]).isZero();
        assertThat(met[3][3]).isZero();
    }

    @Test
    void badArgumentsAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> Seating.roundRobin(1, 4, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 entrants");
        assertThatThrownBy(() -> Seating.roundRobin(8, 1, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seatsPerMatch");
        assertThatThrownBy(() -> Seating.roundRobin(8, 33, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seatsPerMatch");
        assertThatThrownBy(() -> Seating.roundRobin(8, 4, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds");
        assertThatThrownBy(() -> Seating.tablesPerRound(0, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Seating.swiss(List.of(0, 0, 1), 2, new int[3][3], 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rankedEntrants");
        assertThatThrownBy(() -> Seating.swiss(List.of(0, 1, 2), 2, new int[2][2], 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetings");
        assertThatThrownBy(() -> Seating.meetings(2, List.of(List.of(new Table(List.of(0, 2), 0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> new Table(List.of(0), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableCopiesItsEntrants() {
        List<Integer> seated = new ArrayList<>(List.of(1, 2));
        Table table = new Table(seated, 0);
        seated.add(3);
        assertThat(table.entrants()).containsExactly(1, 2);
    }

    // ---- helpers ----

    private static void checkRound(int entrants, int seats, List<Table> round) {
        assertThat(round).hasSize(Seating.tablesPerRound(entrants, seats));
        int[] seen = new int[entrants];
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (Table table : round) {
            int size = table.entrants().size();
            assertThat(size).isBetween(1, seats);
            assertThat(table.fillers()).isEqualTo(seats - size);
            smallest = Math.min(smallest, size);
            largest = Math.max(largest, size);
            table.entrants().forEach(e -> seen[e]++);
        }
        assertThat(largest - smallest).isLessThanOrEqualTo(1);
        for (int e = 0; e < entrants; e++) {
            assertThat(seen[e]).as("entrant %d seated once", e).isEqualTo(1);
        }
    }

    private static void checkMeetingsMatrix(int entrants, List<List<Table>> rounds) {
        int[][] met = Seating.meetings(entrants, rounds);
        long pairs = 0;
        for (List<Table> round : rounds) {
            for (Table t : round) {
                int n = t.entrants().size();
                pairs += (long) n * (n - 1) / 2;
            }
        }
        long counted = 0;
        for (int a = 0; a < entrants; a++) {
            assertThat(met[a][a]).isZero();
            for (int b = a + 1; b < entrants; b++) {
                assertThat(met[a][b]).isEqualTo(met[b][a]);
                counted += met[a][b];
            }
        }
        assertThat(counted).isEqualTo(pairs);
    }

    private static int[] timesInSeatZero(int entrants, List<List<Table>> rounds) {
        int[] first = new int[entrants];
        rounds.forEach(round -> round.forEach(t -> first[t.entrants().get(0)]++));
        return first;
    }

    /** The naive alternative: the same tables every round. */
    private static List<List<Table>> fixedSeating(int entrants, int seats, int rounds) {
        List<Table> round = new ArrayList<>();
        for (int from = 0; from < entrants; from += seats) {
            round.add(new Table(ranking(entrants).subList(from, Math.min(entrants, from + seats)), 0));
        }
        List<List<Table>> all = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            all.add(round);
        }
        return all;
    }

    private static List<Integer> ranking(int entrants) {
        List<Integer> ranked = new ArrayList<>();
        for (int e = 0; e < entrants; e++) {
            ranked.add(e);
        }
        return ranked;
    }

    private static int maxPair(int[][] met) {
        int max = 0;
        for (int a = 0; a < met.length; a++) {
            for (int b = a + 1; b < met.length; b++) {
                max = Math.max(max, met[a][b]);
            }
        }
        return max;
    }

    private static int minPair(int[][] met) {
        int min = Integer.MAX_VALUE;
        for (int a = 0; a < met.length; a++) {
            for (int b = a + 1; b < met.length; b++) {
                min = Math.min(min, met[a][b]);
            }
        }
        return min;
    }
}
