package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.Policies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lab} without {@code --policies} compares all six presets on the same seeds, and its report
 * shows behaviours 5 to 11 with confidence intervals and the strictness sweep.
 */
class RemedyReportTest {

    @Test
    void theLabComparesEveryPresetAndReportsTheRemediesBehavioursAndTheSweep(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LabCommand lab = new LabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, System::nanoTime,
                () -> LocalDateTime.of(2026, 12, 4, 20, 0), 2);
        int status = lab.run(List.of("--matches", "3", "--threads", "2", "--sweep", "strictness=0:1:3",
                "--out", dir.toString()));
        assertThat(status).as("stderr: %s", err).isEqualTo(LabCommand.OK);

        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertThat(summary).hasSize(1 + 3 * Policies.NAMES.size());
        for (String policy : Policies.NAMES) {
            assertThat(summary).filteredOn(line -> line.startsWith(policy + ",")).hasSize(3);
        }

        List<String> behaviours = Files.readAllLines(dir.resolve("behaviours.csv"));
        assertThat(behaviours).hasSize(1 + RemedyScenarios.CLAIMS.size());
        assertThat(behaviours.subList(1, behaviours.size())).allSatisfy(line -> assertThat(line).matches(".*,holds( on average)?"));
        List<String> sweep = Files.readAllLines(dir.resolve("sweep.csv"));
        assertThat(sweep).hasSize(1 + 3);
        assertThat(sweep.get(1)).startsWith("0.0000,");
        assertThat(sweep.get(3)).startsWith("1.0000,");

        String html = Files.readString(dir.resolve(HtmlReport.FILE));
        assertThat(html).contains("behaviours 5 to 11", "a − b (95% CI)", "Behaviour 10: over- and under-regulation");
        assertThat(html.split("<svg class=\"sweep-chart\"", -1)).hasSize(1 + StrictnessSweep.Measure.values().length);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("behaviour 5 ", "behaviour 11");
    }
}
