package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SnapshotScheduleTest {

    private final List<Long> deleted = new ArrayList<>();
    private final SnapshotSchedule schedule = new SnapshotSchedule(deleted::add);

    private List<Long> dueUpTo(long lastEvent, int restingOrders) {
        return LongStream.rangeClosed(1, lastEvent).filter(n -> schedule.due(n, restingOrders)).boxed().toList();
    }

    @Test
    void aSmallBookIsSavedEveryThousandEvents() {
        assertThat(dueUpTo(5_500, 40)).containsExactly(1_000L, 2_000L, 3_000L, 4_000L, 5_000L);
    }

    @Test
    void aLargeBookIsSavedAfterAsManyEventsAsItHeldOrders() {
        assertThat(dueUpTo(20_000, 4_500)).containsExactly(1_000L, 6_000L, 11_000L, 16_000L);
    }

    @Test
    void aBookGrowingWithEveryEventIsSavedAtDoublingIntervalsUpToTheBound() {
        List<Long> due = LongStream.rangeClosed(1, 200_000).filter(n -> schedule.due(n, (int) n)).boxed().toList();
        assertThat(due).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L, 64_000L, 114_000L, 164_000L);
    }

    @Test
    void aHugeBookIsSavedEveryFiftyThousandEvents() {
        assertThat(dueUpTo(210_000, 500_000)).containsExactly(1_000L, 51_000L, 101_000L, 151_000L, 201_000L);
    }

    @Test
    void aBookThatShrinksIsSavedSoonerAgain() {
        assertThat(schedule.due(1_000, 50_000)).isTrue();
        assertThat(schedule.due(50_000, 10)).isFalse();
        assertThat(schedule.due(51_000, 10)).isTrue();
        assertThat(schedule.due(52_000, 10)).isTrue();
    }

    @Test
    void theFirstMultipleAfterARestartSaves() {
        SnapshotSchedule restarted = new SnapshotSchedule(deleted::add);
        assertThat(restarted.due(250_999, 200_000)).isFalse();
        assertThat(restarted.due(251_000, 200_000)).isTrue();
    }

    @Test
    void theLastTwoSavedSnapshotsAreKept() {
        schedule.saved(1_000);
        assertThat(deleted).isEmpty();
        schedule.saved(2_000);
        assertThat(deleted).containsExactly(999L);
        schedule.saved(6_000);
        assertThat(deleted).containsExactly(999L, 1_999L);
    }

    @Test
    void aSnapshotReportedTwiceDeletesNothingMore() {
        schedule.saved(1_000);
        schedule.saved(2_000);
        schedule.saved(2_000);
        assertThat(deleted).containsExactly(999L);
    }
}
