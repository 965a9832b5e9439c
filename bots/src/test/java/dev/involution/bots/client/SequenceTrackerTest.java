package dev.involution.bots.client;

import static dev.involution.bots.client.SequenceTracker.Verdict.DELIVER;
import static dev.involution.bots.client.SequenceTracker.Verdict.DUPLICATE;
import static dev.involution.bots.client.SequenceTracker.Verdict.GAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceTrackerTest {

    @Test
    void afterASnapshotTheNextEventIsTheOneAfterIt() {
        SequenceTracker t = SequenceTracker.fromSnapshot();
        assertThat(t.hasBase()).isFalse();
        assertThat(t.offer(3)).as("an event before any snapshot").isEqualTo(GAP);

        assertThat(t.snapshot(10)).isTrue();
        assertThat(t.offer(10)).isEqualTo(DUPLICATE);
        assertThat(t.offer(11)).isEqualTo(DELIVER);
        assertThat(t.offer(12)).isEqualTo(DELIVER);
        assertThat(t.resumeFrom()).isEqualTo(13);
        assertThat(t.snapshot(20)).as("a second snapshot would skip events").isFalse();
        assertThat(t.last()).isEqualTo(12);
    }

    @Test
    void startingAtASequenceNumberExpectsExactlyThatOne() {
        SequenceTracker t = SequenceTracker.startingAt(1);
        assertThat(t.hasBase()).isTrue();
        assertThat(t.resumeFrom()).isEqualTo(1);
        assertThat(t.offer(2)).isEqualTo(GAP);
        assertThat(t.offer(1)).isEqualTo(DELIVER);
        assertThatThrownBy(() -> SequenceTracker.startingAt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGapDeliversNothingAndResumesAtTheFirstMissingEvent() {
        SequenceTracker t = SequenceTracker.startingAt(5);
        assertThat(t.offer(5)).isEqualTo(DELIVER);
        assertThat(t.offer(7)).isEqualTo(GAP);
        assertThat(t.resumeFrom()).isEqualTo(6);
        assertThat(t.offer(6)).isEqualTo(DELIVER);
        assertThat(t.offer(7)).isEqualTo(DELIVER);
        assertThat(t.gaps()).isEqualTo(1);
    }

    @Test
    void replayedConnectionsDeliverEveryEventExactlyOnce() {
        // Connections that each resend from some earlier point (as after a reconnect), and sometimes
        // skip ahead (a lost message): whatever arrives, the delivered sequence is 1..N once each.
        Random random = new Random(42);
        SequenceTracker t = SequenceTracker.startingAt(1);
        List<Long> delivered = new ArrayList<>();
        long newest = 500;
        while (t.last() < newest) {
            long from = Math.max(1, t.resumeFrom() - random.nextInt(5));
            for (long seq = from; seq <= Math.min(newest, from + random.nextInt(40)); seq++) {
                long sent = random.nextInt(20) == 0 ? seq + 1 : seq;
                SequenceTracker.Verdict v = t.offer(sent);
                if (v == DELIVER) {
                    delivered.add(sent);
                } else if (v == GAP) {
                    break;
                }
            }
        }
        assertThat(delivered).hasSize(500);
        for (int i = 0; i < delivered.size(); i++) {
            assertThat(delivered.get(i)).isEqualTo(i + 1L);
        }
        assertThat(t.duplicates()).isPositive();
        assertThat(t.gaps()).isPositive();
    }
}
