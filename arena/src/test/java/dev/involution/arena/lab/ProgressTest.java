package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theLineShowsDoneTotalRateAndTimeLeft() {
        assertThat(Progress.line(25, 100, 5 * SECOND))
                .isEqualTo("[#######.......................]  25/100 matches  5.0 matches/s  ETA 0:15  ");
        assertThat(Progress.line(100, 100, 20 * SECOND)).contains("100/100").contains("done");
        assertThat(Progress.line(0, 100, 0)).contains("ETA --:--");
    }

    @Test
    void durations() {
        assertThat(Progress.duration(59.4)).isEqualTo("0:59");
        assertThat(Progress.duration(61)).isEqualTo("1:01");
        assertThat(Progress.duration(3 * 3600 + 62)).isEqualTo("3:01:02");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAtMostEveryTenthOfASecond() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock::get, 4);
        clock.set(SECOND / 100);
        p.matchDone(); // first: drawn
        clock.set(SECOND / 50);
        p.matchDone(); // 10 ms later: skipped
        clock.set(SECOND / 2);
        p.matchDone(); // drawn
        clock.set(SECOND / 2 + 1);
        p.matchDone(); // the last one is always drawn
        p.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text.chars().filter(c -> c == '\r').count()).isEqualTo(3);
        assertThat(text).contains("1/4").doesNotContain("2/4").contains("3/4").contains("4/4").endsWith("\n");
        assertThat(p.done()).isEqualTo(4);
    }

    @Test
    void elsewherePlainLinesAtEveryTenth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock::get, 20);
        for (int i = 0; i < 20; i++) {
            clock.addAndGet(SECOND / 10);
            p.matchDone();
        }
        p.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).hasSize(10);
        assertThat(text.lines().toList().get(9)).contains("20/20").contains("10.0 matches/s").contains("done");
    }
}
