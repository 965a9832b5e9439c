package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox's admission rule on a clock of its own: every time below is in microseconds from 0. */
class AdmissionTest {

    private static final Duration BUDGET = Duration.ofMillis(10);

    private static long us(long micros) {
        return Duration.ofNanos(micros * 1_000).toNanos();
    }

    private static Admission budgetOnly() {
        return new Admission(Integer.MAX_VALUE, Duration.ZERO, BUDGET);
    }

    /** {@code n} writes one after the other from {@code from}, each of {@code commands} taking {@code took} µs. */
    private static long writes(Admission admission, long from, int n, int commands, long took) {
        long t = from;
        for (int i = 0; i < n; i++) {
            admission.writing(us(t), commands);
            t += took;
            admission.written(us(t));
        }
        return t;
    }

    @Test
    void anEmptyQueueAlwaysAdmits() {
        Admission admission = new Admission(1, Duration.ofNanos(1), BUDGET);
        writes(admission, 0, 10, 1, 1_000_000);
        assertThat(admission.admits(us(50_000_000), 0, 0)).isTrue();
    }

    @Test
    void theCountBoundRefusesFromTheMaximumOn() {
        Admission admission = new Admission(3, Duration.ZERO, Duration.ZERO);
        assertThat(admission.admits(us(1), 2, us(0))).isTrue();
        assertThat(admission.admits(us(1), 3, us(0))).isFalse();
    }

    @Test
    void theTimeBoundRefusesOnceTheOldestHasWaitedLongerThanIt() {
        Admission admission = new Admission(Integer.MAX_VALUE, Duration.ofMillis(50), Duration.ZERO);
        assertThat(admission.admits(us(50_000), 1, us(0))).isTrue();
        assertThat(admission.admits(us(50_001), 1, us(0))).isFalse();
    }

    @Test
    void beforeAnyWriteTheBudgetAdmitsEverything() {
        Admission admission = budgetOnly();
        assertThat(admission.budgeted()).isEqualTo(Integer.MAX_VALUE);
        assertThat(admission.admits(us(1), 100_000, us(0))).isTrue();
    }

    @Test
    void theQueueHoldsWhatTheMatchWritesInTheBudget() {
        Admission admission = budgetOnly();
        writes(admission, 0, 1, 40, 8_000);
        assertThat(admission.budgeted()).as("200 µs a command: 50 in 10 ms").isEqualTo(50);
        assertThat(admission.admits(us(9_000), 49, us(8_500))).isTrue();
        assertThat(admission.admits(us(9_000), 50, us(8_500))).isFalse();
    }

    @Test
    void slowerWritesShrinkTheQueueAndFasterOnesGrowItBack() {
        Admission admission = budgetOnly();
        long t = writes(admission, 0, 1, 40, 8_000);
        t = writes(admission, t, 80, 40, 20_000);
        assertThat(admission.budgeted()).as("towards 500 µs a command: 20").isBetween(19, 20);
        writes(admission, t, 80, 40, 4_000);
        assertThat(admission.budgeted()).as("towards 100 µs a command: 100").isBetween(99, 100);
    }

    @Test
    void theBudgetNeverHoldsTheQueueBelowItsFloor() {
        Admission admission = budgetOnly();
        writes(admission, 0, 1, 1, 1_000_000);
        assertThat(admission.budgeted()).isEqualTo(Admission.MIN_BUDGETED);
        assertThat(admission.admits(us(2_000_000), Admission.MIN_BUDGETED - 1, us(1_000_000))).isTrue();
        assertThat(admission.admits(us(2_000_000), Admission.MIN_BUDGETED, us(1_000_000))).isFalse();
    }

    @Test
    void aWriteNotHandedOverIsNotMeasured() {
        Admission admission = budgetOnly();
        admission.written(us(5_000));
        assertThat(admission.budgeted()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theArenaDefaultsRefuseOnlyPastTheCount() {
        Admission admission = Admission.of(ConfigFactory.load());
        writes(admission, 0, 10, 1, 1_000_000);
        assertThat(admission.admits(us(20_000_000), 255, us(0))).isTrue();
        assertThat(admission.admits(us(20_000_000), 256, us(0))).isFalse();
    }

    @Test
    void theBudgetIsRead() {
        Admission admission = Admission.of(ConfigFactory.parseMap(Map.of("arena.matches.queue-write-budget", "4ms")));
        writes(admission, 0, 1, 10, 1_000);
        assertThat(admission.budgeted()).isEqualTo(40);
    }
}
