package dev.involution.arena.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The policies' means side by side: as text for the terminal and as {@code policies.csv}. */
public final class PolicyTable {
    public static final List<String> CSV_COLUMNS = List.of("policy", "metric", "n", "mean", "sd", "ci95_low",
            "ci95_high", "median", "diff_vs_laissez_faire", "diff_ci95_low", "diff_ci95_high");

    private PolicyTable() {
    }

    /** One row per policy and metric: mean, sd and 95% interval, and the paired difference to laissez-faire. */
    public static String csv(PolicyComparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", CSV_COLUMNS)).append('\n');
        for (String p : c.policies()) {
            for (Metric m : Metric.values()) {
                ConfidenceInterval ci = c.interval(p, m);
                Csv.text(sb, p).append(',').append(m.column()).append(',').append(ci.n()).append(',');
                number(sb, ci.mean()).append(',');
                number(sb, ci.sd()).append(',');
                number(sb, ci.low()).append(',');
                number(sb, ci.high()).append(',');
                number(sb, c.median(p, m)).append(',');
                if (c.hasBaseline() && !p.equals(PolicyComparison.BASELINE)) {
                    ConfidenceInterval d = c.difference(p, PolicyComparison.BASELINE, m);
                    number(sb, d.mean()).append(',');
                    number(sb, d.low()).append(',');
                    number(sb, d.high());
                } else {
                    sb.append(",,");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static StringBuilder number(StringBuilder sb, double v) {
        return Double.isFinite(v) ? Csv.fixed(sb, v, 6) : sb;
    }

    /** A table for the terminal: a row per metric, a column per policy, mean ± half the 95% interval. */
    public static String text(PolicyComparison c) {
        List<String> header = new ArrayList<>();
        header.add("mean ± 95% CI");
        header.addAll(c.policies());
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Metric m : Metric.values()) {
            List<String> row = new ArrayList<>();
            row.add(m.label() + (m.higherIsBetter() ? " (↑)" : " (↓)"));
            List<String> best = c.best(m);
            for (String p : c.policies()) {
                ConfidenceInterval ci = c.interval(p, m);
                String cell = PolicyComparison.number(ci.mean())
                        + (ci.known() ? " ± " + PolicyComparison.number(ci.halfWidth()) : "");
                row.add(best.contains(p) ? cell + " *" : cell);
            }
            rows.add(row);
        }
        List<String> interventions = new ArrayList<>();
        interventions.add("Interventions per match");
        for (String p : c.policies()) {
            interventions.add(PolicyComparison.number(c.meanInterventions(p)));
        }
        rows.add(interventions);
        for (String s : c.strategies()) {
            List<String> row = new ArrayList<>();
            row.add("Wins: " + s);
            for (String p : c.policies()) {
                Map<String, Integer> w = c.winners(p);
                row.add(Integer.toString(w.getOrDefault(s, 0)));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (i == 0) {
                    sb.append(cell).append(" ".repeat(widths[i] - cell.length()));
                } else {
                    sb.append("  ").append(" ".repeat(widths[i] - cell.length())).append(cell);
                }
            }
            sb.append('\n');
        }
        sb.append("(* best mean; ↑ higher is better, ↓ lower is better)\n");
        for (Metric m : Metric.values()) {
            sb.append(m.label()).append(": ").append(c.verdict(m)).append('\n');
        }
        return sb.toString();
    }
}
