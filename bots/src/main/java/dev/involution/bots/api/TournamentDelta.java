package dev.involution.bots.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What changed in a tournament between the view at change number {@code prev} and the one at
 * {@code seq}, as the tournament's stream sends it after the first full view: the new summary;
 * the entrants who {@code withdrew} (ids, removed first) and the ones who registered
 * ({@code entrants}, appended in this order); the {@code matches} that are new or changed (each
 * whole, by its {@code number}: drawn, started, finished, cancelled, its seats' ranks and scores);
 * the {@code leaderboard} rows whose line changed (each whole, at its {@code rank}) and the
 * board's length after the change ({@code leaderboardSize}). Settings never change once created.
 * {@link #applyTo} turns the view at {@code prev} into the view at {@code seq}.
 */
public record TournamentDelta(long seq,
                              long prev,
                              TournamentSummary summary,
                              List<String> withdrew,
                              List<TournamentEntrant> entrants,
                              List<TournamentMatch> matches,
                              List<LeaderboardEntry> leaderboard,
                              int leaderboardSize) {

    public TournamentDelta {
        withdrew = List.copyOf(withdrew);
        entrants = List.copyOf(entrants);
        matches = List.copyOf(matches);
        leaderboard = List.copyOf(leaderboard);
    }

    /** The view this delta leads to from {@code view}, which must be the one at {@link #prev}. */
    public TournamentView applyTo(TournamentView view) {
        if (view.seq() != prev) {
            throw new IllegalArgumentException("this delta applies to the view at " + prev + ", not " + view.seq());
        }
        Set<String> gone = new HashSet<>(withdrew);
        List<TournamentEntrant> newEntrants = new ArrayList<>();
        for (TournamentEntrant e : view.entrants()) {
            if (!gone.contains(e.entrantId())) {
                newEntrants.add(e);
            }
        }
        newEntrants.addAll(entrants);
        Map<Integer, TournamentMatch> byNumber = new TreeMap<>();
        view.matches().forEach(m -> byNumber.put(m.number(), m));
        matches.forEach(m -> byNumber.put(m.number(), m));
        List<LeaderboardEntry> board = new ArrayList<>(view.leaderboard().subList(0,
                Math.min(leaderboardSize, view.leaderboard().size())));
        while (board.size() < leaderboardSize) {
            board.add(null);
        }
        leaderboard.forEach(row -> board.set(row.rank() - 1, row));
        return new TournamentView(summary, seq, view.settings(), newEntrants, new ArrayList<>(byNumber.values()),
                board);
    }
}
