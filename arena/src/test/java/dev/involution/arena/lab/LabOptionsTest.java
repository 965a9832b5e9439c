package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.involution.arena.engine.regulator.Policies;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabOptionsTest {
    private static final Path DEFAULT_OUT = Path.of("default-out");

    private static LabOptions parse(String... args) {
        return LabOptions.parse(List.of(args), () -> DEFAULT_OUT, 6);
    }

    @Test
    void defaults() {
        LabOptions o = parse();
        assertThat(o.policies()).isEqualTo(Policies.NAMES);
        assertThat(o.lineup()).hasSize(8).isEqualTo(LabOptions.DEFAULT_LINEUP);
        assertThat(o.matches()).isEqualTo(100);
        assertThat(o.seed()).isEqualTo(1);
        assertThat(o.rounds()).isEqualTo(60);
        assertThat(o.threads()).isEqualTo(6);
        assertThat(o.out()).isEqualTo(DEFAULT_OUT);
        assertThat(o.totalMatches()).isEqualTo(600);
        assertThat(o.marketConfig().maxFirms()).isEqualTo(8);
    }

    @Test
    void everyOptionInBothForms() {
        LabOptions o = parse("--policies", "guardrails,Laissez-Faire", "--lineup=subsidizer, subsidizer,innovator,cost-plus",
                "--matches", "200", "--seed=-7", "--rounds", "12", "--threads=3", "--out", "x/y");
        assertThat(o.policies()).containsExactly("guardrails", "laissez-faire");
        assertThat(o.lineup()).containsExactly("subsidizer", "subsidizer", "innovator", "cost-plus");
        assertThat(o.matches()).isEqualTo(200);
        assertThat(o.seed()).isEqualTo(-7);
        assertThat(o.rounds()).isEqualTo(12);
        assertThat(o.threads()).isEqualTo(3);
        assertThat(o.out()).isEqualTo(Path.of("x/y"));
        assertThat(o.marketConfig().rounds()).isEqualTo(12);
        assertThat(o.marketConfig().maxFirms()).isEqualTo(4);
    }

    @Test
    void theDefaultOutputDirectoryIsTimestamped() {
        assertThat(LabOptions.timestampedOut(LocalDateTime.of(2026, 11, 26, 9, 5, 3)))
                .isEqualTo(Path.of("lab-report", "20261126-090503"));
    }

    @Test
    void unknownPolicyNamesTheKnownOnes() {
        assertThatThrownBy(() -> parse("--policies", "guardrails,anarchy"))
                .isInstanceOf(LabUsageException.class)
                .hasMessage("unknown policy 'anarchy'; known: laissez-faire, guardrails, antitrust, industrial, article, over-regulation");
    }

    @Test
    void unknownStrategyNamesTheKnownOnes() {
        assertThatThrownBy(() -> parse("--lineup", "subsidizer,hoarder"))
                .isInstanceOf(LabUsageException.class)
                .hasMessageStartingWith("unknown strategy 'hoarder' in --lineup; known: ")
                .hasMessageContaining("cost-plus").hasMessageContaining("tit-for-tat");
    }

    @Test
    void matchesMustBeAtLeastOne() {
        assertThatThrownBy(() -> parse("--matches", "0"))
                .isInstanceOf(LabUsageException.class).hasMessage("--matches must be between 1 and 1000000, was 0");
        assertThatThrownBy(() -> parse("--matches", "-3")).isInstanceOf(LabUsageException.class);
    }

    @Test
    void lineupSizeMustBeTwoToThirtyTwo() {
        assertThatThrownBy(() -> parse("--lineup", "innovator"))
                .isInstanceOf(LabUsageException.class).hasMessage("--lineup needs 2 to 32 seats, got 1");
        String thirtyThree = String.join(",", java.util.Collections.nCopies(33, "random"));
        assertThatThrownBy(() -> parse("--lineup", thirtyThree))
                .isInstanceOf(LabUsageException.class).hasMessage("--lineup needs 2 to 32 seats, got 33");
        assertThat(parse("--lineup", String.join(",", java.util.Collections.nCopies(32, "random"))).lineup())
                .hasSize(32);
        assertThat(parse("--lineup", "random,random").lineup()).hasSize(2);
    }

    @Test
    void malformedArguments() {
        assertThatThrownBy(() -> parse("--matches", "lots")).hasMessage("--matches must be a whole number, was 'lots'");
        assertThatThrownBy(() -> parse("--seed")).hasMessage("--seed needs a value");
        assertThatThrownBy(() -> parse("--colour", "red")).hasMessageStartingWith("unknown option '--colour'");
        assertThatThrownBy(() -> parse("guardrails")).hasMessageContaining("unexpected argument 'guardrails'");
        assertThatThrownBy(() -> parse("--seed", "1", "--seed", "2")).hasMessage("--seed is given twice");
        assertThatThrownBy(() -> parse("--policies", "guardrails,guardrails"))
                .hasMessage("policy 'guardrails' is listed twice in --policies");
        assertThatThrownBy(() -> parse("--policies", "guardrails,,antitrust")).hasMessageContaining("empty item");
        assertThatThrownBy(() -> parse("--threads", "0")).hasMessageContaining("--threads must be between 1");
        assertThatThrownBy(() -> parse("--rounds", "0")).hasMessageContaining("--rounds must be between 1");
        assertThatThrownBy(() -> parse("--out=")).hasMessage("--out needs a directory");
    }

    @Test
    void helpIsAsked() {
        assertThat(LabOptions.wantsHelp(List.of("--matches", "3", "--help"))).isTrue();
        assertThat(LabOptions.wantsHelp(List.of("-h"))).isTrue();
        assertThat(LabOptions.wantsHelp(List.of())).isFalse();
    }
}
