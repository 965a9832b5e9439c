package dev.involution.arena.engine.rating;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ratings of many players, built up match by match with a {@link SkillModel}, and the board of
 * everyone seen so far sorted by ordinal (best first), ties by id. Replaying the same matches in
 * the same order gives the same table. Not thread-safe.
 */
public final class RatingTable {
    private final SkillModel model;
    private final Map<String, SkillRating> ratings = new HashMap<>();

    /** A table rated with {@link SkillModel#standard()}. */
    public RatingTable() {
        this(SkillModel.standard());
    }

    public RatingTable(SkillModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Rates one match.
     *
     * @param ids the rated players in the match, distinct; an id not seen before starts at
     *            {@link SkillRating#initial()}; fewer than 2 ids change nothing
     * @param ranks their places, 1 = best, equal ranks are a tie
     */
    public void record(List<String> ids, int[] ranks) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(ranks, "ranks");
        if (ranks.length != ids.size()) {
            throw new IllegalArgumentException(
                    "one rank per id: " + ids.size() + " ids, " + ranks.length + " ranks");
        }
        Set<String> distinct = new HashSet<>();
        for (String id : ids) {
            if (!distinct.add(Objects.requireNonNull(id, "id"))) {
                throw new IllegalArgumentException("id twice in one match: " + id);
            }
        }
        if (ids.size() < 2) {
            return;
        }
        List<SkillRating> before = new ArrayList<>(ids.size());
        for (String id : ids) {
            before.add(rating(id));
        }
        List<SkillRating> after = model.rate(before, ranks);
        for (int i = 0; i < ids.size(); i++) {
            ratings.put(ids.get(i), after.get(i));
        }
    }

    /** The rating of {@code id}; {@link SkillRating#initial()} if it has not played. */
    public SkillRating rating(String id) {
        return ratings.getOrDefault(id, SkillRating.initial());
    }

    /** Every id seen so far, best ordinal first, equal ordinals by id. */
    public List<String> ranked() {
        return ranked(ratings.keySet());
    }

    /**
     * The given ids in board order: best ordinal first, equal ordinals by id; an id that has not
     * played stands at {@link SkillRating#initial()}.
     */
    public List<String> ranked(Collection<String> ids) {
        List<String> board = new ArrayList<>(ids);
        board.sort(Comparator.comparingDouble((String id) -> rating(id).ordinal()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(board);
    }
}
