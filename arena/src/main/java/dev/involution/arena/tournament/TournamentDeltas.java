package dev.involution.arena.tournament;

import dev.involution.bots.api.LeaderboardEntry;
import dev.involution.bots.api.TournamentDelta;
import dev.involution.bots.api.TournamentEntrant;
import dev.involution.bots.api.TournamentMatch;
import dev.involution.bots.api.TournamentView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The difference between two views of one tournament, as its stream sends it ({@link TournamentDelta}). */
public final class TournamentDeltas {
    private TournamentDeltas() {
    }

    /**
     * What turns {@code before} into {@code after}: matches compared by reference first (the state
     * keeps each unchanged match's view, see {@link TournamentState#matchView}), then by value.
     */
    public static TournamentDelta between(TournamentView before, TournamentView after) {
        Map<Integer, TournamentMatch> old = new HashMap<>();
        before.matches().forEach(m -> old.put(m.number(), m));
        List<TournamentMatch> matches = new ArrayList<>();
        for (TournamentMatch m : after.matches()) {
            TournamentMatch was = old.get(m.number());
            if (was != m && !m.equals(was)) {
                matches.add(m);
            }
        }
        List<LeaderboardEntry> rows = new ArrayList<>();
        List<LeaderboardEntry> board = after.leaderboard();
        for (int i = 0; i < board.size(); i++) {
            if (i >= before.leaderboard().size() || !board.get(i).equals(before.leaderboard().get(i))) {
                rows.add(board.get(i));
            }
        }
        Set<String> now = new HashSet<>();
        after.entrants().forEach(e -> now.add(e.entrantId()));
        Set<String> had = new HashSet<>();
        List<String> withdrew = new ArrayList<>();
        List<TournamentEntrant> kept = new ArrayList<>();
        for (TournamentEntrant e : before.entrants()) {
            had.add(e.entrantId());
            if (now.contains(e.entrantId())) {
                kept.add(e);
            } else {
                withdrew.add(e.entrantId());
            }
        }
        List<TournamentEntrant> added = after.entrants().stream().filter(e -> !had.contains(e.entrantId())).toList();
        List<TournamentEntrant> result = new ArrayList<>(kept);
        result.addAll(added);
        if (!Objects.equals(result, after.entrants())) {
            // Not a plain removal and append (someone left and came back, in another place): all anew.
            withdrew = new ArrayList<>(had);
            added = after.entrants();
        }
        return new TournamentDelta(after.seq(), before.seq(), after.summary(), withdrew, added, matches, rows,
                board.size());
    }
}
