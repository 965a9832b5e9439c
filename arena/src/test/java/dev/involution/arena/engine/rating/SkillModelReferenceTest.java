package dev.involution.arena.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SkillModel} against OpenSkill's published Plackett-Luce values for free-for-all matches
 * (one player per team). The expected numbers are copied from the reference tests, which compare
 * exact doubles; here they must agree to 1e-9.
 *
 * <p>With tau 25/300 (OpenSkill's default, what {@link SkillModel#standard()} uses): openskill.js,
 * {@code src/__tests__/rate.test.ts} (github.com/philihp/openskill.js, commit 376a6ed7). With
 * tau 0: the earlier openskill.js, which did not apply tau, {@code test/models/plackettLuce.test.js}
 * (same repository, commit b8fcef54).
 */
class SkillModelReferenceTest {
    private static final double EPS = 1e-9;
    private static final double S = 25.0 / 3.0;
    private static final SkillModel WITHOUT_TAU =
            new SkillModel(SkillModel.DEFAULT_BETA, SkillModel.DEFAULT_KAPPA, 0.0);

    @Test
    void fourPlayersWithDifferentRatings() { // 'rate accepts and runs a placket-luce model by default'
        assertRated(SkillModel.standard(),
                List.of(r(29.182, 4.782), r(27.174, 4.922), r(16.672, 6.217), SkillRating.initial()),
                new int[] {1, 2, 3, 4},
                r(30.210227447000438, 4.765617924939384),
                r(27.644725221915632, 4.883479590134575),
                r(17.4036218889969, 6.101259408259549),
                r(19.21460876538932, 7.854669920480409));
    }

    @Test
    void fourPlayersFinishingOutOfInputOrder() { // 'accepts a rate ordering'
        assertRated(SkillModel.standard(),
                List.of(r(15, S), r(20, S), r(25, S), r(30, S)),
                new int[] {1, 3, 4, 2},
                r(18.131120980297805, 8.283536573151807),
                r(20.405169039419135, 8.107860440531121),
                r(20.65583040714804, 8.082574596348321),
                r(30.80787957313502, 8.155100416275928));
    }

    @Test
    void aTieForSecond() { // 'allows ties'
        assertRated(SkillModel.standard(),
                List.of(r(10, 8), r(5, 10), r(0, 12)),
                new int[] {1, 2, 2},
                r(11.942996666741225, 7.926888197620324),
                r(2.9381178546315034, 9.653804487570165),
                r(-1.4024317012198733, 11.323641575516767));
    }

    @Test
    void aTieInTheMiddleOfFour() { // 'fixes orders of ties'
        assertRated(SkillModel.standard(),
                List.of(r(15, S), r(20, S), r(25, S), r(30, S)),
                new int[] {2, 4, 2, 1},
                r(15.340043358359136, 8.213141619804967),
                r(18.007678675484204, 8.189033933813437),
                r(24.25801928251219, 8.166918055585525),
                r(32.39425868364447, 8.247687230833794));
    }

    @Test
    void aFourWayTieOfNewcomers() { // 'four-way-tie with newbies'
        SkillRating n = SkillRating.initial();
        SkillRating expected = r(25, 8.263571791259416);
        assertRated(SkillModel.standard(), List.of(n, n, n, n), new int[] {1, 1, 1, 1},
                expected, expected, expected, expected);
    }

    @Test
    void twoNewcomersWithTheLaterWinning() { // 'reverses rank'
        SkillRating n = SkillRating.initial();
        assertRated(SkillModel.standard(), List.of(n, n), new int[] {2, 1},
                r(22.364610506859503, 8.06590141354368),
                r(27.635389493140497, 8.06590141354368));
    }

    @Test
    void aLargerTau() { // 'accepts a tau term'
        SkillModel model = new SkillModel(SkillModel.DEFAULT_BETA, SkillModel.DEFAULT_KAPPA, 0.3);
        assertRated(model, List.of(r(25, 3), r(25, 3)), new int[] {1, 2},
                r(25.624880438870754, 2.9879993738476953),
                r(24.375119561129246, 2.9879993738476953));
    }

    @Test
    void fiveNewcomersWithoutTau() { // '5p FFA'
        SkillRating n = SkillRating.initial();
        assertRated(WITHOUT_TAU, List.of(n, n, n, n, n), new int[] {1, 2, 3, 4, 5},
                r(27.666666666666668, 8.290556877154474),
                r(26.833333333333332, 8.240145629781066),
                r(25.72222222222222, 8.179996679645559),
                r(24.055555555555557, 8.111796013701358),
                r(20.72222222222222, 8.111796013701358));
    }

    @Test
    void fourNewcomersWithoutTau() { // '4p FFA'
        SkillRating n = SkillRating.initial();
        assertRated(WITHOUT_TAU, List.of(n, n, n, n), new int[] {1, 2, 3, 4},
                r(27.795084971874736, 8.263160757613477),
                r(26.552824984374855, 8.179213704945203),
                r(24.68943500312503, 8.083731307186588),
                r(20.96265504062538, 8.083731307186588));
    }

    private static void assertRated(SkillModel model, List<SkillRating> before, int[] ranks, SkillRating... expected) {
        List<SkillRating> after = model.rate(before, ranks);
        assertThat(after).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(after.get(i).mu()).as("mu of player %d", i).isCloseTo(expected[i].mu(), within(EPS));
            assertThat(after.get(i).sigma()).as("sigma of player %d", i).isCloseTo(expected[i].sigma(), within(EPS));
        }
    }

    private static SkillRating r(double mu, double sigma) {
        return new SkillRating(mu, sigma);
    }
}
