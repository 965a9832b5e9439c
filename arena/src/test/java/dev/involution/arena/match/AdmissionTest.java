package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox's admission rule on a clock of its own: every time below is in milliseconds from 0. */
class AdmissionTest {

    private static final Duration TARGET = Duration.ofMillis(5);
    private static final Duration INTERVAL = Duration.ofMillis(100);

    private static long ms(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }

    private static Admission standingQueueOnly() {
        return new Admission(Integer.MAX_VALUE, Duration.ZERO, TARGET, INTERVAL);
    }

    /** Batches handed over every 10 ms from {@code from} to {@code to}, each with its oldest command queued {@code waited} ms before. */
    private static void batches(Admission admission, long from, long to, long waited) {
        for (long t = from; t <= to; t += 10) {
            admission.handedOver(ms(t), ms(t - waited));
        }
    }

    @Test
    void anEmptyQueueAlwaysAdmits() {
        Admission admission = new Admission(1, Duration.ofNanos(1), TARGET, INTERVAL);
        batches(admission, 0, 500, 50);
        assertThat(admission.standing()).isTrue();
        assertThat(admission.admits(ms(1_000), 0, 0)).isTrue();
    }

    @Test
    void theCountBoundRefusesFromTheMaximumOn() {
        Admission admission = new Admission(3, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        assertThat(admission.admits(ms(1), 2, ms(0))).isTrue();
        assertThat(admission.admits(ms(1), 3, ms(0))).isFalse();
    }

    @Test
    void theTimeBoundRefusesOnceTheOldestHasWaitedLongerThanIt() {
        Admission admission = new Admission(Integer.MAX_VALUE, Duration.ofMillis(50), Duration.ZERO, Duration.ZERO);
        assertThat(admission.admits(ms(50), 1, ms(0))).isTrue();
        assertThat(admission.admits(ms(51), 1, ms(0))).isFalse();
    }

    @Test
    void aBurstWrittenWithinTheIntervalIsNeverRefused() {
        Admission admission = standingQueueOnly();
        batches(admission, 0, 90, 40);
        assertThat(admission.standing()).isFalse();
        assertThat(admission.admits(ms(95), 500, ms(0))).as("queued 95 ms ago, yet within the interval").isTrue();
        admission.handedOver(ms(100), ms(97));
        batches(admission, 110, 200, 40);
        assertThat(admission.standing()).as("one batch within the target starts the interval anew").isFalse();
    }

    @Test
    void aQueueThatStandsForTheIntervalRefusesWhatWouldWaitLongerThanTheTarget() {
        Admission admission = standingQueueOnly();
        batches(admission, 0, 90, 8);
        assertThat(admission.standing()).isFalse();
        admission.handedOver(ms(100), ms(92));
        assertThat(admission.standing()).as("above the target for 100 ms").isTrue();
        assertThat(admission.admits(ms(105), 10, ms(100))).as("the oldest waited the target").isTrue();
        assertThat(admission.admits(ms(106), 10, ms(100))).as("the oldest waited longer").isFalse();
    }

    @Test
    void theQueueStopsStandingAtTheFirstBatchWithinTheTarget() {
        Admission admission = standingQueueOnly();
        batches(admission, 0, 200, 8);
        assertThat(admission.standing()).isTrue();
        admission.handedOver(ms(210), ms(205));
        assertThat(admission.standing()).isFalse();
        assertThat(admission.admits(ms(300), 10, ms(200))).isTrue();
        batches(admission, 220, 310, 8);
        assertThat(admission.standing()).as("a new interval must pass").isFalse();
        admission.handedOver(ms(320), ms(312));
        assertThat(admission.standing()).isTrue();
    }

    @Test
    void noTargetMeansNoStandingQueue() {
        Admission admission = Admission.unbounded();
        batches(admission, 0, 10_000, 1_000);
        assertThat(admission.standing()).isFalse();
        assertThat(admission.admits(ms(20_000), 100_000, ms(0))).isTrue();
    }

    @Test
    void theArenaDefaultsRefuseOnlyPastTheCount() {
        Admission admission = Admission.of(ConfigFactory.load());
        batches(admission, 0, 10_000, 1_000);
        assertThat(admission.standing()).isFalse();
        assertThat(admission.admits(ms(20_000), 255, ms(0))).isTrue();
        assertThat(admission.admits(ms(20_000), 256, ms(0))).isFalse();
    }

    @Test
    void theSettingsAreRead() {
        Admission admission = Admission.of(ConfigFactory.parseMap(Map.of(
                "arena.matches.queue-delay-target", "5ms", "arena.matches.queue-delay-interval", "20ms")));
        batches(admission, 0, 20, 6);
        assertThat(admission.standing()).isTrue();
        assertThat(admission.admits(ms(30), 1_000_000, ms(25))).isTrue();
        assertThat(admission.admits(ms(31), 1, ms(25))).isFalse();
    }
}
