package dev.involution.arena.engine.tournament;

import dev.involution.arena.engine.SeededRandom;
import java.util.Arrays;

/**
 * Orders the entrants of a table so seat 0 goes round: whoever has sat first least often sits
 * first, then whoever has sat furthest back so far; remaining ties are broken at random.
 */
final class SeatRotation {
    private final int[] timesFirst;
    private final long[] seatSum;
    private final long[] tieBreak;

    SeatRotation(int entrants) {
        timesFirst = new int[entrants];
        seatSum = new long[entrants];
        tieBreak = new long[entrants];
    }

    /** Puts {@code members} into seat order and records the seats taken. */
    int[] seat(int[] members, SeededRandom random) {
        Integer[] order = new Integer[members.length];
        for (int i = 0; i < members.length; i++) {
            order[i] = members[i];
            tieBreak[members[i]] = random.nextLong();
        }
        Arrays.sort(order, (a, b) -> {
            int byFirst = Integer.compare(timesFirst[a], timesFirst[b]);
            if (byFirst != 0) {
                return byFirst;
            }
            int bySeat = Long.compare(seatSum[b], seatSum[a]);
            return bySeat != 0 ? bySeat : Long.compare(tieBreak[a], tieBreak[b]);
        });
        int[] seated = new int[order.length];
        for (int seat = 0; seat < order.length; seat++) {
            seated[seat] = order[seat];
            seatSum[order[seat]] += seat;
        }
        timesFirst[seated[0]]++;
        return seated;
    }
}
