package dev.involution.arena.lab;

import dev.involution.arena.engine.MarketConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The article's remedies in the lab: behaviours 5 to 9 and 11 played on the lab's seeds, each claim
 * with the 95% intervals of both sides and of their paired difference, and behaviour 10's sweep of
 * strictness with an interval at every level. Written as {@code behaviours.csv} and
 * {@code sweep.csv}, and as a section of {@code report.html}.
 */
public record RemedyReport(List<ClaimResult> claims, double[] levels, List<String> lineup,
                           ConfidenceInterval[][] sweep) {
    static final double LEVEL = 0.95;

    /** One claim over the seeds: both sides' means and the paired difference a - b, with intervals. */
    public record ClaimResult(RemedyScenarios.Claim claim, ConfidenceInterval a, ConfidenceInterval b,
                              ConfidenceInterval difference) {

        /** "holds" when the difference's interval is on the claimed side of 0, "holds on average" when only its mean is. */
        public String verdict() {
            boolean side = claim.aAbove() ? difference.mean() > 0 : difference.mean() < 0;
            boolean sure = claim.aAbove() ? difference.low() > 0 : difference.high() < 0;
            return sure ? "holds" : side ? "holds on average" : "does not hold";
        }
    }

    /** Plays the scenarios on {@code seeds} seeds from {@code firstSeed} and the sweep at {@code levels}. */
    public static RemedyReport run(long firstSeed, int seeds, int rounds, int threads, List<String> lineup,
                                   double[] levels) {
        MarketConfig market = RemedyScenarios.market(rounds).withMaxFirms(lineup.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "lab-remedies");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[][]>> scenarios = new ArrayList<>();
            List<Future<double[]>> sweep = new ArrayList<>();
            for (int i = 0; i < seeds; i++) {
                long seed = firstSeed + i;
                scenarios.add(pool.submit(() -> RemedyScenarios.measure(seed, rounds)));
                for (double level : levels) {
                    sweep.add(pool.submit(() -> StrictnessSweep.measure(market, lineup, level, seed)));
                }
            }
            int claims = RemedyScenarios.CLAIMS.size();
            double[][] a = new double[claims][seeds];
            double[][] b = new double[claims][seeds];
            for (int i = 0; i < seeds; i++) {
                double[][] values = get(scenarios.get(i));
                for (int c = 0; c < claims; c++) {
                    a[c][i] = values[c][0];
                    b[c][i] = values[c][1];
                }
            }
            List<ClaimResult> results = new ArrayList<>();
            for (int c = 0; c < claims; c++) {
                results.add(new ClaimResult(RemedyScenarios.CLAIMS.get(c), Stats.meanInterval(a[c], LEVEL),
                        Stats.meanInterval(b[c], LEVEL), Stats.pairedDifference(a[c], b[c], LEVEL)));
            }
            int measures = StrictnessSweep.Measure.values().length;
            ConfidenceInterval[][] curve = new ConfidenceInterval[measures][levels.length];
            for (int m = 0; m < measures; m++) {
                for (int l = 0; l < levels.length; l++) {
                    double[] values = new double[seeds];
                    for (int i = 0; i < seeds; i++) {
                        values[i] = get(sweep.get(i * levels.length + l))[m];
                    }
                    curve[m][l] = Stats.meanInterval(values, LEVEL);
                }
            }
            return new RemedyReport(List.copyOf(results), levels.clone(), List.copyOf(lineup), curve);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyLab.LabFailure("interrupted", e);
        } catch (ExecutionException e) {
            throw new PolicyLab.LabFailure("a remedies match failed: " + e.getCause(), e.getCause());
        }
    }

    /** Writes behaviours.csv and sweep.csv into {@code dir}. */
    public void writeCsv(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("behaviour,claim,a,b,mean_a,mean_b,difference,difference_low,"
                + "difference_high,verdict\n");
        for (ClaimResult r : claims) {
            List<String> fields = List.of(r.claim().behaviour(), r.claim().text(), r.claim().labelA(),
                    r.claim().labelB(), num(r.a().mean()), num(r.b().mean()), num(r.difference().mean()),
                    num(r.difference().low()), num(r.difference().high()), r.verdict());
            for (int i = 0; i < fields.size(); i++) {
                Csv.text(i == 0 ? b : b.append(','), fields.get(i));
            }
            b.append('\n');
        }
        Files.writeString(dir.resolve("behaviours.csv"), b.toString(), StandardCharsets.UTF_8);
        StringBuilder s = new StringBuilder("strictness");
        for (StrictnessSweep.Measure m : StrictnessSweep.Measure.values()) {
            String key = m.name().toLowerCase(Locale.ROOT);
            s.append(',').append(key).append(',').append(key).append("_low,").append(key).append("_high");
        }
        s.append('\n');
        for (int l = 0; l < levels.length; l++) {
            s.append(num(levels[l]));
            for (ConfidenceInterval[] measure : sweep) {
                s.append(',').append(num(measure[l].mean())).append(',').append(num(measure[l].low())).append(',')
                        .append(num(measure[l].high()));
            }
            s.append('\n');
        }
        Files.writeString(dir.resolve("sweep.csv"), s.toString(), StandardCharsets.UTF_8);
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "";
    }

    /** The report's section: the claims' table and the sweep's charts (inline SVG, no script). */
    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"remedies\">\n<h2>The article's remedies: behaviours 5 to 11</h2>\n")
                .append("<p class=\"def\">Each claim compares two sides over the same seeds (")
                .append(claims.isEmpty() ? 0 : claims.get(0).difference().n())
                .append(" seeds); the difference is paired by seed, with its 95% interval. "
                        + "Scenarios and their lineups: docs/LAB.md. Data: <a href=\"behaviours.csv\">behaviours.csv</a>, "
                        + "<a href=\"sweep.csv\">sweep.csv</a>.</p>\n<table class=\"claims\">\n<thead><tr><th>#</th>"
                        + "<th>claim</th><th>a</th><th>mean a</th><th>b</th><th>mean b</th><th>a − b (95% CI)</th>"
                        + "<th>verdict</th></tr></thead>\n<tbody>\n");
        for (ClaimResult r : claims) {
            h.append("<tr><td>").append(HtmlReport.esc(r.claim().behaviour())).append("</td><td>")
                    .append(HtmlReport.esc(r.claim().text())).append("</td><td>")
                    .append(HtmlReport.esc(r.claim().labelA())).append("</td><td>")
                    .append(PolicyComparison.number(r.a().mean())).append("</td><td>")
                    .append(HtmlReport.esc(r.claim().labelB())).append("</td><td>")
                    .append(PolicyComparison.number(r.b().mean())).append("</td><td>")
                    .append(PolicyComparison.number(r.difference().mean())).append(" [")
                    .append(PolicyComparison.number(r.difference().low())).append(", ")
                    .append(PolicyComparison.number(r.difference().high())).append("]</td><td class=\"verdict\">")
                    .append(r.verdict()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<h3>Behaviour 10: over- and under-regulation</h3>\n<p class=\"def\">The lineup ")
                .append(HtmlReport.esc(String.join(", ", lineup)))
                .append(" under rules from none (strictness 0) to extreme (1); lines are means, bands 95% intervals. "
                        + "Strict rules cost R&amp;D and firms; loose rules waste giveaways and bankruptcies.</p>\n"
                        + "<div class=\"grid\">\n");
        for (StrictnessSweep.Measure m : StrictnessSweep.Measure.values()) {
            h.append("<article class=\"sweep\"><h3>").append(HtmlReport.esc(m.label())).append("</h3>\n")
                    .append(SweepChart.svg(levels, sweep[m.ordinal()])).append("</article>\n");
        }
        h.append("</div>\n</section>\n");
        return h.toString();
    }
}
