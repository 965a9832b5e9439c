package dev.involution.arena.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RatingTable}: ratings built up over matches, and the board sorted by ordinal then id. */
class RatingTableTest {
    private static final List<String> SIX = List.of("ada", "bob", "cyd", "dee", "eve", "fay");

    @Test
    void aPlayerWhoAlwaysWinsEndsFirst() {
        RatingTable table = new RatingTable();
        playSeededMatches(table, 7L, 20, "cyd");
        assertThat(table.ranked()).hasSize(6).containsExactlyInAnyOrderElementsOf(SIX);
        assertThat(table.ranked().get(0)).isEqualTo("cyd");
        assertThat(table.rating("cyd").ordinal()).isGreaterThan(table.rating(table.ranked().get(1)).ordinal());
    }

    @Test
    void replayingTheSameMatchesGivesTheSameTable() {
        RatingTable first = new RatingTable();
        RatingTable second = new RatingTable(SkillModel.standard());
        playSeededMatches(first, 42L, 30, null);
        playSeededMatches(second, 42L, 30, null);
        assertThat(second.ranked()).isEqualTo(first.ranked());
        for (String id : SIX) {
            assertThat(second.rating(id)).isEqualTo(first.rating(id));
        }
    }

    @Test
    void theBoardIsSortedByOrdinalDescending() {
        RatingTable table = new RatingTable();
        playSeededMatches(table, 3L, 15, null);
        List<String> board = table.ranked();
        for (int i = 1; i < board.size(); i++) {
            assertThat(table.rating(board.get(i - 1)).ordinal())
                    .isGreaterThanOrEqualTo(table.rating(board.get(i)).ordinal());
        }
    }

    @Test
    void equalOrdinalsAreOrderedById() {
        RatingTable table = new RatingTable();
        table.record(List.of("zed", "amy"), new int[] {1, 1});
        assertThat(table.rating("zed")).isEqualTo(table.rating("amy"));
        assertThat(table.ranked()).containsExactly("amy", "zed");
    }

    @Test
    void unknownPlayersHaveTheInitialRatingAndAreNotOnTheBoard() {
        RatingTable table = new RatingTable();
        assertThat(table.rating("nobody")).isEqualTo(SkillRating.initial());
        assertThat(table.ranked()).isEmpty();
    }

    @Test
    void aMatchWithFewerThanTwoPlayersChangesNothing() {
        RatingTable table = new RatingTable();
        table.record(List.of("solo"), new int[] {1});
        table.record(List.of(), new int[] {});
        assertThat(table.ranked()).isEmpty();
        assertThat(table.rating("solo")).isEqualTo(SkillRating.initial());
    }

    @Test
    void aMatchMovesOnlyItsPlayers() {
        RatingTable table = new RatingTable();
        table.record(List.of("ada", "bob"), new int[] {1, 2});
        SkillRating ada = table.rating("ada");
        table.record(List.of("cyd", "bob"), new int[] {2, 1});
        assertThat(table.rating("ada")).isEqualTo(ada);
        assertThat(table.rating("ada").mu()).isGreaterThan(SkillRating.INITIAL_MU);
        assertThat(table.ranked()).containsExactlyInAnyOrder("ada", "bob", "cyd");
    }

    @Test
    void rejectsRepeatedIdsAndMismatchedRanks() {
        RatingTable table = new RatingTable();
        assertThatThrownBy(() -> table.record(List.of("ada", "ada"), new int[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.record(List.of("ada", "bob"), new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(table.ranked()).isEmpty();
    }

    /** Matches among the six with seeded random places (ties possible); {@code champion} always wins alone. */
    private static void playSeededMatches(RatingTable table, long seed, int matches, String champion) {
        Random random = new Random(seed);
        for (int m = 0; m < matches; m++) {
            List<String> ids = new ArrayList<>(SIX);
            Collections.shuffle(ids, random);
            int[] ranks = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                ranks[i] = ids.get(i).equals(champion) ? 1 : 2 + random.nextInt(ids.size() - 1);
            }
            table.record(ids, ranks);
        }
    }
}
