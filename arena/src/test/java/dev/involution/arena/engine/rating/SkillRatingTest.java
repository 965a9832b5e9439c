package dev.involution.arena.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link SkillRating}: the initial rating, the ordinal, and what it refuses. */
class SkillRatingTest {

    @Test
    void newcomersStartAtTheModelsDefaults() {
        assertThat(SkillRating.initial()).isEqualTo(new SkillRating(25.0, 25.0 / 3.0));
        assertThat(SkillRating.initial().ordinal()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void theOrdinalIsMuMinusThreeSigma() {
        assertThat(new SkillRating(30.0, 2.0).ordinal()).isEqualTo(24.0);
        assertThat(new SkillRating(10.0, 5.0).ordinal()).isEqualTo(-5.0);
    }

    @Test
    void refusesANonPositiveOrNonFiniteValue() {
        assertThatThrownBy(() -> new SkillRating(25, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillRating(25, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillRating(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkillRating(25, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
