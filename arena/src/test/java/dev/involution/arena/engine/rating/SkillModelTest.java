package dev.involution.arena.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Properties of {@link SkillModel} on seeded random free-for-all matches, and its input checks. */
class SkillModelTest {
    private static final double EPS = 1e-12;
    private static final SkillModel STANDARD = SkillModel.standard();
    private static final SkillModel WITHOUT_TAU =
            new SkillModel(SkillModel.DEFAULT_BETA, SkillModel.DEFAULT_KAPPA, 0.0);

    @Property(tries = 200)
    void theWinnersMuRisesAndTheLastsFalls(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                           @ForAll @IntRange(min = 2, max = 10) int n) {
        Random random = new Random(seed);
        List<SkillRating> before = randomRatings(random, n);
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = 2 + random.nextInt(Math.max(1, n - 2)); // somewhere strictly between first and last
        }
        int winner = random.nextInt(n);
        int last = (winner + 1 + random.nextInt(n - 1)) % n;
        ranks[winner] = 1;
        ranks[last] = n + 1;
        List<SkillRating> after = STANDARD.rate(before, ranks);
        assertThat(after.get(winner).mu()).isGreaterThan(before.get(winner).mu());
        assertThat(after.get(last).mu()).isLessThan(before.get(last).mu());
    }

    @Property(tries = 200)
    void withoutTauEverySigmaShrinks(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                     @ForAll @IntRange(min = 2, max = 10) int n) {
        Random random = new Random(seed);
        List<SkillRating> before = randomRatings(random, n);
        List<SkillRating> after = WITHOUT_TAU.rate(before, randomRanks(random, n));
        for (int i = 0; i < n; i++) {
            assertThat(after.get(i).sigma()).as("sigma of player %d", i).isLessThan(before.get(i).sigma());
        }
    }

    @Property(tries = 200)
    void playersWithEqualRatingsWhoTieStayEqual(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                @ForAll @IntRange(min = 3, max = 10) int n) {
        Random random = new Random(seed);
        List<SkillRating> before = randomRatings(random, n);
        int[] ranks = randomRanks(random, n);
        before.set(1, before.get(0));
        ranks[1] = ranks[0];
        List<SkillRating> after = STANDARD.rate(before, ranks);
        assertThat(after.get(1).mu()).isCloseTo(after.get(0).mu(), within(EPS));
        assertThat(after.get(1).sigma()).isCloseTo(after.get(0).sigma(), within(EPS));
    }

    @Property(tries = 50)
    void anAllRoundTieOfEqualRatingsMovesNoMu(@ForAll @IntRange(min = 2, max = 12) int n,
                                              @ForAll @IntRange(min = 0, max = 50) int mu) {
        List<SkillRating> before = Collections.nCopies(n, new SkillRating(mu, 5.0));
        int[] ranks = new int[n];
        Arrays.fill(ranks, 1);
        for (SkillRating r : STANDARD.rate(before, ranks)) {
            assertThat(r.mu()).isCloseTo(mu, within(EPS));
        }
    }

    @Property(tries = 200)
    void permutingThePlayersPermutesTheResult(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                              @ForAll @IntRange(min = 2, max = 10) int n) {
        Random random = new Random(seed);
        List<SkillRating> before = randomRatings(random, n);
        int[] ranks = randomRanks(random, n);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<SkillRating> permuted = new ArrayList<>();
        int[] permutedRanks = new int[n];
        for (int i = 0; i < n; i++) {
            permuted.add(before.get(order.get(i)));
            permutedRanks[i] = ranks[order.get(i)];
        }
        List<SkillRating> after = STANDARD.rate(before, ranks);
        List<SkillRating> permutedAfter = STANDARD.rate(permuted, permutedRanks);
        for (int i = 0; i < n; i++) {
            SkillRating expected = after.get(order.get(i));
            assertThat(permutedAfter.get(i).mu()).isCloseTo(expected.mu(), within(EPS));
            assertThat(permutedAfter.get(i).sigma()).isCloseTo(expected.sigma(), within(EPS));
        }
    }

    @Property(tries = 100)
    void theSameMatchRatesTheSame(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                  @ForAll @IntRange(min = 2, max = 10) int n) {
        Random random = new Random(seed);
        List<SkillRating> before = randomRatings(random, n);
        int[] ranks = randomRanks(random, n);
        List<SkillRating> once = STANDARD.rate(before, ranks);
        SkillModel another = new SkillModel(SkillModel.DEFAULT_BETA, SkillModel.DEFAULT_KAPPA, SkillModel.DEFAULT_TAU);
        assertThat(STANDARD.rate(List.copyOf(before), ranks.clone())).isEqualTo(once);
        assertThat(another.rate(before, ranks)).isEqualTo(once);
    }

    @Test
    void rateLeavesItsInputAlone() {
        List<SkillRating> before = new ArrayList<>(List.of(SkillRating.initial(), new SkillRating(30, 4)));
        int[] ranks = {2, 1};
        STANDARD.rate(before, ranks);
        assertThat(before).containsExactly(SkillRating.initial(), new SkillRating(30, 4));
        assertThat(ranks).containsExactly(2, 1);
    }

    @Test
    void standardHasThePublishedDefaults() {
        assertThat(STANDARD.beta()).isEqualTo(25.0 / 6.0);
        assertThat(STANDARD.kappa()).isEqualTo(0.0001);
        assertThat(STANDARD.tau()).isEqualTo(25.0 / 300.0);
    }

    @Test
    void rejectsMalformedMatches() {
        SkillRating n = SkillRating.initial();
        assertThatThrownBy(() -> STANDARD.rate(List.of(n), new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STANDARD.rate(List.of(n, n), new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> STANDARD.rate(List.of(n, n), new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillModel(0, SkillModel.DEFAULT_KAPPA, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillModel(SkillModel.DEFAULT_BETA, SkillModel.DEFAULT_KAPPA, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<SkillRating> randomRatings(Random random, int n) {
        List<SkillRating> ratings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ratings.add(new SkillRating(50 * random.nextDouble(), 0.5 + 9.5 * random.nextDouble()));
        }
        return ratings;
    }

    /** Places 1..n with ties: each player draws a place at random. */
    private static int[] randomRanks(Random random, int n) {
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = 1 + random.nextInt(n);
        }
        return ranks;
    }
}
