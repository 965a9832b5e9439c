package dev.involution.arena.engine.tournament;

import dev.involution.arena.engine.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws all rounds of a round robin. Each round is built greedily, table by table: a table starts
 * with the next unseated entrant in a freshly shuffled order and takes, seat by seat, the unseated
 * entrant who has met its members least. Pair swaps between tables then remove what the greedy
 * pass left badly mixed. A pair's cost grows with the square of its meetings, so spreading repeats
 * beats concentrating them.
 */
final class RoundRobinDraw {
    /** Bounds the swap passes of one round; each pass that runs lowers the round's cost. */
    private static final int MAX_SWAP_PASSES = 32;

    private final int entrants;
    private final int seatsPerMatch;
    private final int[] sizes;
    private final int[][] meetings;
    private final int[][] cost;
    private final SeededRandom random;
    private final SeatRotation rotation;

    RoundRobinDraw(int entrants, int seatsPerMatch, long seed) {
        this.entrants = entrants;
        this.seatsPerMatch = seatsPerMatch;
        this.sizes = TableSizes.of(entrants, seatsPerMatch);
        this.meetings = new int[entrants][entrants];
        this.cost = new int[entrants][entrants];
        this.random = new SeededRandom(seed);
        this.rotation = new SeatRotation(entrants);
    }

    List<List<Table>> draw(int rounds) {
        List<List<Table>> all = new ArrayList<>(rounds);
        for (int r = 0; r < rounds; r++) {
            all.add(nextRound());
        }
        return List.copyOf(all);
    }

    private List<Table> nextRound() {
        int[] order = Shuffle.identity(entrants);
        Shuffle.shuffle(order, random);
        int[][] members = greedyTables(order);
        improveBySwaps(members, order);
        List<Table> tables = new ArrayList<>(members.length);
        for (int[] table : members) {
            int[] seated = rotation.seat(table, random);
            record(seated);
            List<Integer> list = new ArrayList<>(seated.length);
            for (int e : seated) {
                list.add(e);
            }
            tables.add(new Table(list, seatsPerMatch - seated.length));
        }
        return List.copyOf(tables);
    }

    private int[][] greedyTables(int[] order) {
        int[][] members = new int[sizes.length][];
        boolean[] seated = new boolean[entrants];
        int[] toTable = new int[entrants];
        int next = 0;
        for (int t = 0; t < sizes.length; t++) {
            members[t] = new int[sizes[t]];
            Arrays.fill(toTable, 0);
            while (seated[order[next]]) {
                next++;
            }
            for (int k = 0; k < sizes[t]; k++) {
                int pick = k == 0 ? order[next] : cheapestUnseated(order, seated, toTable);
                members[t][k] = pick;
                seated[pick] = true;
                int[] row = cost[pick];
                for (int e = 0; e < entrants; e++) {
                    toTable[e] += row[e];
                }
            }
        }
        return members;
    }

    private static int cheapestUnseated(int[] order, boolean[] seated, int[] toTable) {
        int best = -1;
        for (int e : order) {
            if (!seated[e] && (best < 0 || toTable[e] < toTable[best])) {
                best = e;
            }
        }
        return best;
    }

    /** Swaps entrants between tables while a swap lowers the total cost of the round. */
    private void improveBySwaps(int[][] members, int[] order) {
        int tables = members.length;
        if (tables < 2) {
            return;
        }
        int[] tableOf = new int[entrants];
        int[] slotOf = new int[entrants];
        int[][] toTable = new int[entrants][tables];
        for (int t = 0; t < tables; t++) {
            for (int k = 0; k < members[t].length; k++) {
                int m = members[t][k];
                tableOf[m] = t;
                slotOf[m] = k;
                for (int e = 0; e < entrants; e++) {
                    toTable[e][t] += cost[m][e];
                }
            }
        }
        boolean improved = true;
        for (int pass = 0; pass < MAX_SWAP_PASSES && improved; pass++) {
            improved = false;
            for (int i = 0; i < entrants; i++) {
                for (int j = i + 1; j < entrants; j++) {
                    int a = order[i];
                    int b = order[j];
                    int x = tableOf[a];
                    int y = tableOf[b];
                    if (x == y) {
                        continue;
                    }
                    int delta = toTable[a][y] + toTable[b][x] - 2 * cost[a][b] - toTable[a][x] - toTable[b][y];
                    if (delta < 0) {
                        for (int e = 0; e < entrants; e++) {
                            toTable[e][x] += cost[b][e] - cost[a][e];
                            toTable[e][y] += cost[a][e] - cost[b][e];
                        }
                        members[x][slotOf[a]] = b;
                        members[y][slotOf[b]] = a;
                        int slot = slotOf[a];
                        slotOf[a] = slotOf[b];
                        slotOf[b] = slot;
                        tableOf[a] = y;
                        tableOf[b] = x;
                        improved = true;
                    }
                }
            }
        }
    }

    private void record(int[] table) {
        for (int i = 0; i < table.length; i++) {
            for (int j = i + 1; j < table.length; j++) {
                int a = table[i];
                int b = table[j];
                int met = ++meetings[a][b];
                meetings[b][a] = met;
                cost[a][b] = met * met;
                cost[b][a] = met * met;
            }
        }
    }
}
