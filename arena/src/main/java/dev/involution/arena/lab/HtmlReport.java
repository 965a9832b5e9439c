package dev.involution.arena.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code report.html}: the policies side by side. Tables and verdicts are plain HTML; the charts
 * are drawn in the browser by uPlot (copied from its WebJar on the classpath next to the report,
 * so it opens offline) from the data embedded in the page as JSON. The page runs no inline script:
 * {@code report.js} reads the data block and builds the charts.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    public static final String UPLOT_JS = "uPlot.iife.min.js";
    public static final String UPLOT_CSS = "uPlot.min.css";
    static final String WEBJAR = "META-INF/resources/webjars/uplot/";
    private static final String UPLOT_POM = "META-INF/maven/org.webjars.npm/uplot/pom.properties";
    private static final String OWN = "/dev/involution/arena/lab/";

    private HtmlReport() {
    }

    /** What the report says about the run. */
    public record RunInfo(List<String> lineup, int matches, long firstSeed, int rounds, String command,
                          String generated) {
    }

    /** Writes report.html, its script and style, and uPlot's files into {@code dir}. */
    public static Path write(Path dir, PolicyComparison comparison, RunInfo run) throws IOException {
        return write(dir, comparison, run, null);
    }

    /** As {@link #write(Path, PolicyComparison, RunInfo)}, with the remedies' section when there is one. */
    public static Path write(Path dir, PolicyComparison comparison, RunInfo run, RemedyReport remedies)
            throws IOException {
        String version = uplotVersion();
        copyResource(WEBJAR + version + "/dist/" + UPLOT_JS, dir.resolve(UPLOT_JS));
        copyResource(WEBJAR + version + "/dist/" + UPLOT_CSS, dir.resolve(UPLOT_CSS));
        copyResource(WEBJAR + version + "/LICENSE", dir.resolve("uPlot.LICENSE.txt"));
        copyResource(OWN.substring(1) + "report.js", dir.resolve("report.js"));
        copyResource(OWN.substring(1) + "report.css", dir.resolve("report.css"));
        Path file = dir.resolve(FILE);
        Files.writeString(file, html(comparison, run, version, remedies), StandardCharsets.UTF_8);
        return file;
    }

    /** The uPlot version of the WebJar on the classpath. */
    static String uplotVersion() throws IOException {
        try (InputStream in = resource(UPLOT_POM)) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            if (v == null || v.isBlank()) {
                throw new IOException(UPLOT_POM + " names no version");
            }
            return v.trim();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing on the classpath: " + name);
        }
        return in;
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The page. */
    static String html(PolicyComparison c, RunInfo run, String uplotVersion) {
        return html(c, run, uplotVersion, null);
    }

    static String html(PolicyComparison c, RunInfo run, String uplotVersion, RemedyReport remedies) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Policy lab: ").append(esc(String.join(" vs ", c.policies()))).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(UPLOT_CSS).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"report.css\">\n</head>\n<body>\n<main>\n");
        h.append("<h1>Policy lab</h1>\n<p class=\"lead\">").append(c.policies().size()).append(" policies × ")
                .append(run.matches()).append(" matches, seeds ").append(run.firstSeed()).append(" to ")
                .append(run.firstSeed() + run.matches() - 1).append(" (every policy plays the same seeds), ")
                .append(run.rounds()).append(" rounds, ").append(run.lineup().size()).append(" firms: ")
                .append(esc(String.join(", ", run.lineup()))).append(".</p>\n");
        h.append("<p class=\"meta\">Generated ").append(esc(run.generated())).append(" by <code>")
                .append(esc(run.command())).append("</code>. Bars are means; whiskers and ranges are two-sided 95% ")
                .append("confidence intervals from Student's t (mean ± t<sub>0.975, n−1</sub> · s / √n). ")
                .append("Differences between policies are paired by seed: the mean and t interval of the per-seed ")
                .append("differences. Per-match data: <a href=\"summary.csv\">summary.csv</a> and ")
                .append("<code>matches/&lt;policy&gt;/seed-&lt;seed&gt;.csv</code>.</p>\n");

        h.append("<section id=\"verdicts\">\n<h2>Which policy is best</h2>\n<ul>\n");
        for (Metric m : Metric.values()) {
            h.append("<li><strong>").append(esc(m.label())).append(":</strong> ").append(esc(c.verdict(m)))
                    .append("</li>\n");
        }
        h.append("</ul>\n</section>\n");

        h.append("<section id=\"metrics\">\n<h2>Market health by policy</h2>\n<div class=\"grid\">\n");
        for (Metric m : Metric.values()) {
            h.append("<article class=\"metric\" id=\"metric-").append(m.key()).append("\">\n<h3>")
                    .append(esc(m.label())).append("</h3>\n<p class=\"def\">").append(esc(m.definition()))
                    .append(m.higherIsBetter() ? " (higher is better)" : " (lower is better)").append(".</p>\n")
                    .append("<div class=\"chart\" data-metric=\"").append(m.key()).append("\"></div>\n");
            metricTable(h, c, m);
            h.append("</article>\n");
        }
        h.append("</div>\n</section>\n");

        h.append("<section id=\"series\">\n<h2>Over the rounds (mean over matches)</h2>\n<div class=\"grid\">\n");
        for (PolicyComparison.Series s : PolicyComparison.Series.values()) {
            h.append("<article class=\"series\">\n<h3>").append(esc(s.label())).append("</h3>\n")
                    .append("<div class=\"chart\" data-series=\"").append(s.key()).append("\"></div>\n</article>\n");
        }
        h.append("</div>\n</section>\n");

        if (remedies != null) {
            h.append(remedies.html());
        }

        h.append("<section id=\"winners\">\n<h2>Winners' strategies (matches won)</h2>\n<table>\n<thead><tr>")
                .append("<th>strategy</th>");
        for (String p : c.policies()) {
            h.append("<th>").append(esc(p)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String s : c.strategies()) {
            h.append("<tr><th>").append(esc(s)).append("</th>");
            for (String p : c.policies()) {
                h.append("<td>").append(c.winners(p).getOrDefault(s, 0)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("<tr class=\"aside\"><th>interventions per match</th>");
        for (String p : c.policies()) {
            h.append("<td>").append(esc(PolicyComparison.number(c.meanInterventions(p)))).append("</td>");
        }
        h.append("</tr>\n</tbody>\n</table>\n</section>\n");

        h.append("<footer>Charts: uPlot ").append(esc(uplotVersion))
                .append(" (MIT, see uPlot.LICENSE.txt). Involution Arena policy lab.</footer>\n</main>\n");
        h.append("<script id=\"lab-data\" type=\"application/json\">").append(scriptSafe(json(c, run)))
                .append("</script>\n");
        h.append("<script src=\"").append(UPLOT_JS).append("\"></script>\n<script src=\"report.js\"></script>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void metricTable(StringBuilder h, PolicyComparison c, Metric m) {
        boolean baseline = c.hasBaseline();
        h.append("<table>\n<thead><tr><th>policy</th><th>mean</th><th>95% CI</th><th>median</th>");
        if (baseline) {
            h.append("<th>vs ").append(PolicyComparison.BASELINE).append("<br>paired difference (95% CI)</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<String> best = c.best(m);
        for (String p : c.policies()) {
            ConfidenceInterval ci = c.interval(p, m);
            h.append("<tr").append(best.contains(p) ? " class=\"best\"" : "").append("><th>").append(esc(p))
                    .append("</th><td>").append(esc(PolicyComparison.number(ci.mean()))).append("</td><td>")
                    .append(esc(PolicyComparison.range(ci))).append("</td><td>")
                    .append(esc(PolicyComparison.number(c.median(p, m)))).append("</td>");
            if (baseline) {
                h.append("<td>");
                if (!p.equals(PolicyComparison.BASELINE)) {
                    ConfidenceInterval d = c.difference(p, PolicyComparison.BASELINE, m);
                    h.append(esc((d.mean() > 0 ? "+" : "") + PolicyComparison.number(d.mean()) + " ("
                            + PolicyComparison.range(d) + ")"));
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** The data the charts draw: NaN becomes null. */
    static String json(PolicyComparison c, RunInfo run) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("policies", c.policies());
        root.put("lineup", run.lineup());
        root.put("matches", run.matches());
        root.put("firstSeed", run.firstSeed());
        root.put("rounds", c.rounds());
        root.put("level", PolicyComparison.LEVEL);
        List<Object> metrics = new ArrayList<>();
        for (Metric m : Metric.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", m.key());
            entry.put("label", m.label());
            entry.put("higherIsBetter", m.higherIsBetter());
            List<Double> mean = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (String p : c.policies()) {
                ConfidenceInterval ci = c.interval(p, m);
                mean.add(finite(ci.mean()));
                low.add(finite(ci.low()));
                high.add(finite(ci.high()));
            }
            entry.put("mean", mean);
            entry.put("low", low);
            entry.put("high", high);
            entry.put("best", c.best(m));
            entry.put("verdict", c.verdict(m));
            metrics.add(entry);
        }
        root.put("metrics", metrics);
        Map<String, Object> series = new LinkedHashMap<>();
        for (PolicyComparison.Series s : PolicyComparison.Series.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", s.label());
            List<List<Double>> byPolicy = new ArrayList<>();
            for (String p : c.policies()) {
                List<Double> values = new ArrayList<>();
                for (double v : c.meanSeries(p, s)) {
                    values.add(finite(v));
                }
                byPolicy.add(values);
            }
            entry.put("values", byPolicy);
            series.put(s.key(), entry);
        }
        root.put("series", series);
        Map<String, Object> winners = new LinkedHashMap<>();
        for (String p : c.policies()) {
            winners.put(p, c.winners(p));
        }
        root.put("winners", winners);
        try {
            return new ObjectMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * JSON that cannot end its script element early: '&lt;', '&gt;' and '&amp;' occur in JSON only
     * inside strings, where their unicode escapes mean the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
