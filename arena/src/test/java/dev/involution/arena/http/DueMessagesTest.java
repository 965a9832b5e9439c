package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DueMessagesTest {
    private static final long MS = 1_000_000L;

    @Test
    void theFirstMessageIsDueAtOnceAndTheNextEveryTenthOfASecond() {
        DueMessages due = new DueMessages(10, 0);

        assertThat(due.take(0)).isEqualTo(1);
        assertThat(due.take(99 * MS)).isZero();
        assertThat(due.take(100 * MS)).isEqualTo(1);
        assertThat(due.take(100 * MS)).isZero();
    }

    @Test
    void lateAndDroppedTicksStillAddUpToTheRate() {
        DueMessages due = new DueMessages(10, 0);
        int taken = 0;
        // Ticks every 130 ms, some skipped: a scheduler that drifts and a hub that was busy.
        for (long t = 0; t < 10_000 * MS; t += 130 * MS) {
            if (t % (390 * MS) != 0) {
                taken += due.take(t);
            }
        }
        taken += due.take(10_000 * MS);

        assertThat(taken).isEqualTo(101);
    }

    @Test
    void afterALongStallOnlyTheLastSecondIsOwed() {
        DueMessages due = new DueMessages(50, 0);
        due.take(0);

        assertThat(due.take(60_000 * MS)).isEqualTo(50);
        assertThat(due.take(60_020 * MS)).isEqualTo(1);
    }
}
