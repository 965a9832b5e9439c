package dev.involution.bots.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.bots.api.stream.StreamMessage;
import org.junit.jupiter.api.Test;

class RoundTrackerTest {
    private final RoundTracker tracker = new RoundTracker();

    private static StreamMessage snapshot(String status, int round, int rounds) {
        return StreamMessage.parse("{\"type\":\"snapshot\",\"seq\":4,\"at\":0,\"match\":{\"summary\":{\"matchId\":\"m\","
                + "\"status\":\"" + status + "\",\"round\":" + round + ",\"rounds\":" + rounds + "},\"seq\":4},"
                + "\"book\":{\"bids\":[],\"asks\":[]}}");
    }

    private static StreamMessage event(String type, int seq, String members) {
        return StreamMessage.parse("{\"type\":\"" + type + "\",\"seq\":" + seq + ",\"at\":0" + members + "}");
    }

    private static StreamMessage settled(int seq, int round, long nextDeadline) {
        return event("round-settled", seq, ",\"report\":{\"round\":" + round + ",\"firms\":[]},\"nextDeadline\":" + nextDeadline);
    }

    @Test
    void playsEachRoundOnceFromTheStartToTheLast() {
        assertThat(tracker.onMessage(snapshot("OPEN", 0, 3))).isEmpty();
        assertThat(tracker.onMessage(event("seat-taken", 5, ""))).isEmpty();
        assertThat(tracker.onMessage(event("match-started", 6, ",\"deadline\":1"))).hasValue(1);
        assertThat(tracker.onMessage(event("decisions-set", 7, ""))).isEmpty();
        assertThat(tracker.onMessage(settled(8, 1, 99))).hasValue(2);
        assertThat(tracker.onMessage(settled(9, 2, 99))).hasValue(3);
        assertThat(tracker.onMessage(settled(10, 3, 0))).isEmpty();
        assertThat(tracker.finished()).isFalse();
        assertThat(tracker.onMessage(event("match-finished", 11, ",\"stopped\":false,\"standings\":[]"))).isEmpty();
        assertThat(tracker.finished()).isTrue();
    }

    @Test
    void joiningARunningMatchPlaysTheCurrentRoundAtOnce() {
        assertThat(tracker.onMessage(snapshot("RUNNING", 4, 8))).hasValue(4);
        assertThat(tracker.onMessage(settled(20, 4, 99))).hasValue(5);
    }

    @Test
    void aPausedRoundIsPlayedWhenTheMatchResumesUnlessItWasPlayed() {
        assertThat(tracker.onMessage(snapshot("PAUSED", 2, 8))).isEmpty();
        assertThat(tracker.onMessage(event("match-resumed", 5, ",\"deadline\":1"))).hasValue(2);
        assertThat(tracker.onMessage(event("match-paused", 6, ",\"remainingMillis\":10"))).isEmpty();
        assertThat(tracker.onMessage(event("match-resumed", 7, ",\"deadline\":1"))).isEmpty();
        assertThat(tracker.onMessage(settled(8, 2, 0))).isEmpty();
    }

    @Test
    void unknownEventsChangeNothing() {
        assertThat(tracker.onMessage(snapshot("RUNNING", 1, 3))).hasValue(1);
        assertThat(tracker.onMessage(event("policy-changed", 9, ",\"policy\":\"strict\""))).isEmpty();
        assertThat(tracker.onMessage(StreamMessage.parse("{\"type\":\"heartbeat\",\"at\":1}"))).isEmpty();
    }
}
