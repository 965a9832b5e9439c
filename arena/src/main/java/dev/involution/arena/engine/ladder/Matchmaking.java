package dev.involution.arena.engine.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who plays whom on the ladder, decided from the players waiting: deterministic, no clock of its
 * own. Tables are formed around the player who has waited longest: a full table of the
 * {@code seats} waiting players nearest to it in rating, while enough are waiting; once that player
 * has waited {@code maxWaitMillis}, a table of whoever is near it (house bots take the other seats),
 * so nobody waits longer than that for a match while tables are free.
 */
public final class Matchmaking {

    private Matchmaking() {
    }

    /** A player waiting for a match: its id, its rating (higher is better) and since when it waits (epoch ms). */
    public record Waiting(String id, double rating, long since) {
    }

    /** A table to open: its players, in rating order (best first); the other seats go to house bots. */
    public record Table(List<String> players) {
    }

    /**
     * The tables to open now, at most {@code freeTables}.
     *
     * @param waiting       the players waiting, each at most once
     * @param seats         seats per match (2 or more)
     * @param maxWaitMillis how long a player waits for a full table before house bots fill its table
     */
    public static List<Table> tables(List<Waiting> waiting, long now, int seats, long maxWaitMillis, int freeTables) {
        if (seats < 2) {
            throw new IllegalArgumentException("a match needs at least 2 seats, was " + seats);
        }
        List<Waiting> pool = new ArrayList<>(waiting);
        pool.sort(Comparator.comparingDouble(Waiting::rating).reversed().thenComparing(Waiting::id));
        List<Table> tables = new ArrayList<>();
        while (!pool.isEmpty() && tables.size() < freeTables) {
            int oldest = longestWaiting(pool);
            boolean full = pool.size() >= seats;
            boolean overdue = now - pool.get(oldest).since() >= maxWaitMillis;
            if (!full && !overdue) {
                break;
            }
            int size = Math.min(seats, pool.size());
            int from = closestWindow(pool, oldest, size);
            List<String> players = new ArrayList<>(size);
            for (Waiting w : pool.subList(from, from + size)) {
                players.add(w.id());
            }
            pool.subList(from, from + size).clear();
            tables.add(new Table(List.copyOf(players)));
        }
        return tables;
    }

    /** The index of the player who has waited longest (ties: the better rated, then by id). */
    private static int longestWaiting(List<Waiting> pool) {
        int best = 0;
        for (int i = 1; i < pool.size(); i++) {
            if (pool.get(i).since() < pool.get(best).since()) {
                best = i;
            }
        }
        return best;
    }

    /** The start of the window of {@code size} neighbours in rating order that holds {@code index} and spans the least rating. */
    private static int closestWindow(List<Waiting> pool, int index, int size) {
        int first = Math.max(0, index - size + 1);
        int last = Math.min(index, pool.size() - size);
        int best = first;
        double bestSpan = Double.MAX_VALUE;
        for (int from = first; from <= last; from++) {
            double span = pool.get(from).rating() - pool.get(from + size - 1).rating();
            if (span < bestSpan) {
                bestSpan = span;
                best = from;
            }
        }
        return best;
    }
}
