package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OverloadedMatchesTest {
    private static final long HOLD = TimeUnit.MILLISECONDS.toNanos(OverloadedMatches.HOLD_MILLIS);

    @Test
    void aMatchIsRefusedFromItsInboxsRefusalUntilItAdmitsAgain() {
        OverloadedMatches overloaded = new OverloadedMatches();
        long now = 1_000_000_000L;
        assertThat(overloaded.refusing("m1", now)).isFalse();

        overloaded.refused("m1", now);
        assertThat(overloaded.refusing("m1", now + 1)).isTrue();
        assertThat(overloaded.refusing("m2", now + 1)).as("another match").isFalse();

        overloaded.admitting("m1");
        assertThat(overloaded.refusing("m1", now + 2)).isFalse();
    }

    @Test
    void aMarkLapsesByItselfSoAStoppedInboxIsNotRefusedForLong() {
        OverloadedMatches overloaded = new OverloadedMatches();
        long now = -5L;
        overloaded.refused("m1", now);
        assertThat(overloaded.refusing("m1", now + HOLD - 1)).isTrue();
        assertThat(overloaded.refusing("m1", now + HOLD)).isFalse();

        overloaded.refused("m1", now + HOLD);
        assertThat(overloaded.refusing("m1", now + 2 * HOLD - 1)).as("each refusal holds it anew").isTrue();
    }
}
