package dev.involution.bots.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunnerOptionsTest {

    @Test
    void readsEveryOptionInBothSpellings() {
        RunnerOptions o = RunnerOptions.parse(new String[] {"--server", "http://localhost:8080", "--match=m1",
                "--strategy", "cost-plus", "--name", "Bob's bot", "--token", "p.t", "--seed", "-7"}, 99);
        assertThat(o).isEqualTo(new RunnerOptions("http://localhost:8080", "m1", "cost-plus", "Bob's bot", "p.t", -7));
    }

    @Test
    void matchNameTokenAndSeedAreOptional() {
        RunnerOptions o = RunnerOptions.parse(new String[] {"--server", "https://arena.example", "--strategy",
                "com.example.bots.AVeryLongStrategyClassNameThatGoesOnAndOn"}, 99);
        assertThat(o.matchId()).isNull();
        assertThat(o.token()).isNull();
        assertThat(o.seed()).isEqualTo(99);
        assertThat(o.name()).isEqualTo("AVeryLongStrategyClassNameThatGo").hasSize(32);
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--strategy", "cost-plus"}, 0))
                .hasMessageContaining("--server is required");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--server", "http://x"}, 0))
                .hasMessageContaining("--strategy is required");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--server", "localhost:8080", "--strategy", "s"}, 0))
                .hasMessageContaining("http://");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--server", "http://x", "--strategy"}, 0))
                .hasMessageContaining("--strategy needs a value");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--server", "http://x", "--colour", "red"}, 0))
                .hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--server", "http://x", "--server", "http://y"}, 0))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"http://x"}, 0))
                .hasMessageContaining("unexpected argument");
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--server", "http://x", "--strategy", "s", "--seed", "x"}, 0))
                .hasMessageContaining("--seed");
    }

    @Test
    void helpIsRecognised() {
        assertThat(RunnerOptions.wantsHelp(new String[] {"--server", "http://x", "--help"})).isTrue();
        assertThat(RunnerOptions.wantsHelp(new String[] {"--server", "http://x"})).isFalse();
    }
}
