package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.bots.api.MatchSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchCensusTest {

    private static MatchSummary inStatus(String status) {
        return new MatchSummary("m-" + status, "Match", status, 1, 60, 2_000, 8, 2, "laissez-faire", false, 0, null, false, false,
                false, 0);
    }

    @Test
    void countsMatchesByStatusWithEveryStatusPresent() {
        Map<String, Long> counts = MatchCensus.count(List.of(inStatus("RUNNING"), inStatus("RUNNING"),
                inStatus("FINISHED")));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OPEN", 0L, "RUNNING", 2L, "PAUSED", 0L, "FINISHED", 1L));
    }
}
