package dev.involution.arena.tournament;

import dev.involution.arena.engine.rating.RatingTable;
import dev.involution.arena.engine.rating.SkillRating;
import dev.involution.bots.api.LeaderboardEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratings and tallies built up match by match: each match's placings update the Weng-Lin ratings
 * of the players in it (their order among themselves is what counts) and their counts of matches,
 * wins, places and scores. Deterministic: the same matches in the same order give the same board.
 */
public final class Leaderboard {
    private final RatingTable ratings = new RatingTable();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    private static final class Tally {
        private String name;
        private final String kind;
        private int matches;
        private int wins;
        private long rankSum;
        private long scoreSum;

        Tally(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** The current rating of {@code id} (the initial one if it has not played). */
    public SkillRating rating(String id) {
        return ratings.rating(id);
    }

    /** Puts someone on the board before they have played, at the initial rating. */
    public void enter(String id, String name, String kind) {
        tallies.computeIfAbsent(id, k -> new Tally(name, kind));
    }

    void leave(String id) {
        if (tallies.containsKey(id) && tallies.get(id).matches == 0) {
            tallies.remove(id);
        }
    }

    /** Counts one played match; with two or more placings it also rates them. */
    public void record(List<Placing> placings) {
        List<String> ids = new ArrayList<>(placings.size());
        int[] ranks = new int[placings.size()];
        for (int i = 0; i < placings.size(); i++) {
            Placing p = placings.get(i);
            Tally t = tallies.computeIfAbsent(p.id(), k -> new Tally(p.name(), p.kind()));
            t.name = p.name();
            t.matches++;
            t.wins += p.rank() == 1 ? 1 : 0;
            t.rankSum += p.rank();
            t.scoreSum += p.score();
            ids.add(p.id());
            ranks[i] = p.rank();
        }
        if (ids.size() >= 2) {
            ratings.record(ids, ranks);
        }
    }

    /** The board, best rating first (ties by id), ranked from 1. */
    public List<LeaderboardEntry> entries() {
        List<LeaderboardEntry> entries = new ArrayList<>(tallies.size());
        for (String id : ratings.ranked(tallies.keySet())) {
            Tally t = tallies.get(id);
            SkillRating r = ratings.rating(id);
            entries.add(new LeaderboardEntry(entries.size() + 1, id, t.name, t.kind, r.mu(), r.sigma(), r.ordinal(),
                    t.matches, t.wins, t.matches == 0 ? 0 : (double) t.rankSum / t.matches,
                    t.matches == 0 ? 0 : t.scoreSum / t.matches));
        }
        return entries;
    }
}
