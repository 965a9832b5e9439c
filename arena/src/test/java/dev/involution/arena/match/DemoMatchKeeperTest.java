package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.bots.api.MatchSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoMatchKeeperTest {

    private static MatchSummary match(String id, String status, boolean demo) {
        return new MatchSummary(id, id, status, 0, 60, 2_000, 8, 4, "guardrails", demo, 0, null, false, false,
                false, 0);
    }

    @Test
    void withoutADemoMatchItCreatesOne() {
        assertThat(DemoMatchKeeper.next(List.of())).isEqualTo(new DemoMatchKeeper.Create());
        assertThat(DemoMatchKeeper.next(List.of(match("old", "FINISHED", true), match("class", "RUNNING", false))))
                .isEqualTo(new DemoMatchKeeper.Create());
    }

    @Test
    void aRunningOrPausedDemoIsLeftAlone() {
        assertThat(DemoMatchKeeper.next(List.of(match("d", "RUNNING", true)))).isEqualTo(new DemoMatchKeeper.Nothing());
        assertThat(DemoMatchKeeper.next(List.of(match("d", "PAUSED", true), match("old", "FINISHED", true))))
                .isEqualTo(new DemoMatchKeeper.Nothing());
    }

    @Test
    void aDemoLeftOpenAfterAFailedStartIsStarted() {
        assertThat(DemoMatchKeeper.next(List.of(match("old", "FINISHED", true), match("d", "OPEN", true),
                match("class", "OPEN", false))))
                .isEqualTo(new DemoMatchKeeper.Start("d"));
    }
}
