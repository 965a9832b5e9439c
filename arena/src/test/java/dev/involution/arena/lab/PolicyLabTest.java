package dev.involution.arena.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small lab run end to end, through the command, into a temporary directory. */
class PolicyLabTest {
    private static final List<String> LINEUP = List.of("subsidizer", "subsidizer", "innovator", "cost-plus");
    private static final int ROUNDS = 10;
    private static final int MATCHES = 4;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int lab(String... args) {
        AtomicLong fakeNanos = new AtomicLong();
        LabCommand command = new LabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, () -> fakeNanos.addAndGet(1_000_000),
                () -> LocalDateTime.of(2026, 1, 2, 3, 4, 5), 2);
        return command.run(List.of(args));
    }

    private int smallRun(Path dir, int threads) {
        return lab("--policies", "laissez-faire,guardrails", "--lineup", String.join(",", LINEUP),
                "--matches", Integer.toString(MATCHES), "--seed", "11", "--rounds", Integer.toString(ROUNDS),
                "--threads", Integer.toString(threads), "--out", dir.toString());
    }

    @Test
    void writesACsvPerMatchTheSummaryAndTheReport() throws IOException {
        Path dir = tmp.resolve("run");
        assertThat(smallRun(dir, 2)).as(err.toString(StandardCharsets.UTF_8)).isZero();

        for (String policy : List.of("laissez-faire", "guardrails")) {
            for (long seed = 11; seed < 11 + MATCHES; seed++) {
                Path csv = PolicyLab.matchCsv(dir, policy, seed);
                assertThat(csv).exists();
                List<String> lines = Files.readAllLines(csv);
                assertThat(lines).hasSize(1 + ROUNDS * LINEUP.size());
                assertThat(lines.get(0).split(",")).containsExactlyElementsOf(MatchCsv.COLUMNS);
                for (String line : lines) {
                    assertThat(line.split(",", -1)).hasSize(MatchCsv.COLUMNS.size());
                }
                assertThat(lines.get(1)).startsWith("1,0,subsidizer-0,subsidizer,");
                assertThat(lines.get(lines.size() - 1)).startsWith(ROUNDS + ",3,cost-plus-3,cost-plus,");
            }
        }

        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertThat(summary).hasSize(1 + 2 * MATCHES);
        assertThat(summary.get(0).split(",")).containsExactlyElementsOf(SummaryCsv.COLUMNS);
        assertThat(summary.get(1)).startsWith("laissez-faire,11,");
        assertThat(summary.get(MATCHES)).startsWith("laissez-faire,14,");
        assertThat(summary.get(MATCHES + 1)).startsWith("guardrails,11,");
        for (String line : summary) {
            assertThat(line.split(",", -1)).hasSize(SummaryCsv.COLUMNS.size());
        }

        List<String> policies = Files.readAllLines(dir.resolve("policies.csv"));
        assertThat(policies).hasSize(1 + 2 * Metric.values().length);

        Path report = dir.resolve(HtmlReport.FILE);
        assertThat(report).exists();
        assertThat(dir.resolve(HtmlReport.UPLOT_JS)).isNotEmptyFile();
        assertThat(dir.resolve(HtmlReport.UPLOT_CSS)).isNotEmptyFile();
        assertThat(dir.resolve("report.js")).isNotEmptyFile();
        String html = Files.readString(report);
        assertThat(html).contains("<script src=\"uPlot.iife.min.js\"></script>", "<script src=\"report.js\"></script>",
                "href=\"uPlot.min.css\"").doesNotContain("http://", "https://");
        for (Metric m : Metric.values()) {
            assertThat(html).contains("data-metric=\"" + m.key() + "\"");
        }
        for (PolicyComparison.Series s : PolicyComparison.Series.values()) {
            assertThat(html).contains("data-series=\"" + s.key() + "\"");
        }
        JsonNode data = chartData(html);
        assertThat(data.get("policies")).hasSize(2);
        assertThat(data.get("policies").get(0).asText()).isEqualTo("laissez-faire");
        assertThat(data.get("metrics")).hasSize(Metric.values().length);
        for (JsonNode metric : data.get("metrics")) {
            assertThat(metric.get("mean")).hasSize(2);
            assertThat(metric.get("low")).hasSize(2);
            assertThat(metric.get("high")).hasSize(2);
            assertThat(metric.get("verdict").asText()).isNotBlank();
        }
        assertThat(data.get("series").get("spiralIndex").get("values").get(1)).hasSize(ROUNDS);
        int wins = 0;
        for (JsonNode count : data.get("winners").get("guardrails")) {
            wins += count.asInt();
        }
        assertThat(wins).isEqualTo(MATCHES);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("8/8 matches", "Consumer welfare", "Report:");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameFilesWhateverTheThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        assertThat(smallRun(one, 1)).isZero();
        assertThat(smallRun(three, 3)).isZero();
        assertThat(Files.readString(three.resolve("summary.csv"))).isEqualTo(Files.readString(one.resolve("summary.csv")));
        assertThat(Files.readString(three.resolve("policies.csv")))
                .isEqualTo(Files.readString(one.resolve("policies.csv")));
        for (long seed = 11; seed < 11 + MATCHES; seed++) {
            assertThat(Files.readString(PolicyLab.matchCsv(three, "guardrails", seed)))
                    .isEqualTo(Files.readString(PolicyLab.matchCsv(one, "guardrails", seed)));
        }
        assertThat(chartData(Files.readString(three.resolve(HtmlReport.FILE))))
                .isEqualTo(chartData(Files.readString(one.resolve(HtmlReport.FILE))));
    }

    @Test
    void policiesPlayTheSameSeedsAndTheRegulatorMakesADifference() throws IOException {
        Path dir = tmp.resolve("paired");
        assertThat(smallRun(dir, 2)).isZero();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("summary.csv")).subList(1, 1 + 2 * MATCHES)) {
            rows.add(line.split(","));
        }
        for (int i = 0; i < MATCHES; i++) {
            assertThat(rows.get(i)[1]).isEqualTo(rows.get(MATCHES + i)[1]);
            assertThat(rows.get(i)[SummaryCsv.COLUMNS.indexOf("interventions")]).isEqualTo("0");
        }
        long guardrailInterventions = rows.subList(MATCHES, 2 * MATCHES).stream()
                .mapToLong(r -> Long.parseLong(r[SummaryCsv.COLUMNS.indexOf("interventions")])).sum();
        assertThat(guardrailInterventions).as("subsidizers under guardrails draw interventions").isPositive();
    }

    @Test
    void badArgumentsExitWithUsageAndAClearMessage() {
        assertThat(lab("--policies", "anarchy")).isEqualTo(LabCommand.USAGE);
        assertThat(lab("--lineup", "subsidizer")).isEqualTo(LabCommand.USAGE);
        assertThat(lab("--matches", "0")).isEqualTo(LabCommand.USAGE);
        assertThat(lab("--lineup", "subsidizer,gambler")).isEqualTo(LabCommand.USAGE);
        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(messages).contains("lab: unknown policy 'anarchy'", "lab: --lineup needs 2 to 32 seats, got 1",
                "lab: --matches must be between 1", "lab: unknown strategy 'gambler'", "--help");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(tmp.resolve("lab-report")).doesNotExist();
    }

    @Test
    void helpPrintsTheOptions() {
        assertThat(lab("--help")).isEqualTo(LabCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--policies", "--lineup", "--matches", "--seed",
                "--rounds", "--threads", "--out");
    }

    @Test
    void anUnwritableOutputFailsWithExitCodeOne() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a directory");
        assertThat(lab("--matches", "1", "--rounds", "2", "--out", file.resolve("sub").toString()))
                .isEqualTo(LabCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lab: failed:");
    }

    private static JsonNode chartData(String html) throws IOException {
        Matcher m = Pattern.compile("<script id=\"lab-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("the report embeds its chart data").isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }
}
