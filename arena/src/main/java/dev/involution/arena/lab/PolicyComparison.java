package dev.involution.arena.lab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lab's comparison of policies: per policy and metric the mean with its t-based 95% confidence
 * interval, paired differences against a baseline policy and between the best two, the mean of
 * three indicators per round, the winners' strategies, and a sentence per metric naming the best
 * policy. Every policy played the same seeds, so differences are paired by seed.
 */
public final class PolicyComparison {
    public static final double LEVEL = 0.95;
    public static final String BASELINE = "laissez-faire";

    private final List<String> policies;
    private final List<String> strategies;
    private final int rounds;
    private final Map<String, double[][]> values = new LinkedHashMap<>();
    private final Map<String, Map<Metric, ConfidenceInterval>> intervals = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> winners = new LinkedHashMap<>();
    private final Map<String, double[][]> series = new LinkedHashMap<>();
    private final Map<String, Double> interventions = new LinkedHashMap<>();

    /** The three per-round indicators charted over time. */
    public enum Series {
        SPIRAL_INDEX("spiralIndex", "Spiral index"),
        SUBSIDY_INTENSITY("subsidyIntensity", "Subsidy intensity"),
        AVERAGE_PRICE("averagePrice", "Average price (cents per user)");

        private final String key;
        private final String label;

        Series(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        double[] of(MatchOutcome o) {
            return switch (this) {
                case SPIRAL_INDEX -> o.spiralIndex();
                case SUBSIDY_INTENSITY -> o.subsidyIntensity();
                case AVERAGE_PRICE -> o.averagePrice();
            };
        }
    }

    /**
     * @param outcomes every match, in the order of {@code policies} and, within a policy, by seed;
     *                 each policy with the same seeds
     */
    public PolicyComparison(List<String> policies, List<String> lineup, int rounds, List<MatchOutcome> outcomes) {
        this.policies = List.copyOf(policies);
        this.strategies = lineup.stream().distinct().sorted().toList();
        this.rounds = rounds;
        Map<String, List<MatchOutcome>> byPolicy = new LinkedHashMap<>();
        for (String p : policies) {
            byPolicy.put(p, new ArrayList<>());
        }
        for (MatchOutcome o : outcomes) {
            List<MatchOutcome> list = byPolicy.get(o.policy());
            if (list == null) {
                throw new IllegalArgumentException("outcome of an unlisted policy " + o.policy());
            }
            list.add(o);
        }
        List<Long> seeds = null;
        for (Map.Entry<String, List<MatchOutcome>> e : byPolicy.entrySet()) {
            List<MatchOutcome> list = e.getValue();
            List<Long> these = list.stream().map(MatchOutcome::seed).toList();
            if (list.isEmpty() || (seeds != null && !seeds.equals(these))) {
                throw new IllegalArgumentException("every policy must have played the same seeds in the same order");
            }
            seeds = these;
            double[][] v = new double[Metric.values().length][list.size()];
            Map<Metric, ConfidenceInterval> ci = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                for (int i = 0; i < list.size(); i++) {
                    v[m.ordinal()][i] = m.of(list.get(i));
                }
                ci.put(m, Stats.meanInterval(v[m.ordinal()], LEVEL));
            }
            values.put(e.getKey(), v);
            intervals.put(e.getKey(), ci);
            Map<String, Integer> counts = new TreeMap<>();
            for (String s : strategies) {
                counts.put(s, 0);
            }
            double sumInterventions = 0;
            for (MatchOutcome o : list) {
                counts.merge(o.winnerStrategy(), 1, Integer::sum);
                sumInterventions += o.interventions();
            }
            winners.put(e.getKey(), counts);
            interventions.put(e.getKey(), sumInterventions / list.size());
            series.put(e.getKey(), meanSeries(list));
        }
    }

    private double[][] meanSeries(List<MatchOutcome> list) {
        double[][] means = new double[Series.values().length][rounds];
        for (Series s : Series.values()) {
            double[] sum = new double[rounds];
            int[] count = new int[rounds];
            for (MatchOutcome o : list) {
                double[] v = s.of(o);
                for (int r = 0; r < Math.min(rounds, v.length); r++) {
                    sum[r] += v[r];
                    count[r]++;
                }
            }
            for (int r = 0; r < rounds; r++) {
                means[s.ordinal()][r] = count[r] == 0 ? Double.NaN : sum[r] / count[r];
            }
        }
        return means;
    }

    public List<String> policies() {
        return policies;
    }

    /** The strategies of the lineup, each once, sorted. */
    public List<String> strategies() {
        return strategies;
    }

    public int rounds() {
        return rounds;
    }

    public ConfidenceInterval interval(String policy, Metric metric) {
        return intervals.get(policy).get(metric);
    }

    /** The median of a metric under a policy: robust where a few matches have extreme values. */
    public double median(String policy, Metric metric) {
        return Stats.median(values.get(policy)[metric.ordinal()]);
    }

    /** The per-match values of a metric under a policy, by seed. */
    public double[] values(String policy, Metric metric) {
        return values.get(policy)[metric.ordinal()].clone();
    }

    /** How many matches each strategy won under a policy (every strategy of the lineup, 0 included). */
    public Map<String, Integer> winners(String policy) {
        return winners.get(policy);
    }

    public double meanInterventions(String policy) {
        return interventions.get(policy);
    }

    /** Mean of a per-round indicator over the policy's matches; index 0 is round 1. */
    public double[] meanSeries(String policy, Series s) {
        return series.get(policy)[s.ordinal()].clone();
    }

    /** Paired difference {@code a - b} of a metric over the shared seeds. */
    public ConfidenceInterval difference(String a, String b, Metric metric) {
        return Stats.pairedDifference(values.get(a)[metric.ordinal()], values.get(b)[metric.ordinal()], LEVEL);
    }

    /** Whether the baseline policy was played (differences against it are shown then). */
    public boolean hasBaseline() {
        return policies.contains(BASELINE) && policies.size() > 1;
    }

    /** The policies ordered from best to worst mean on a metric (ties keep the given order). */
    public List<String> ranking(Metric metric) {
        Comparator<String> byMean = Comparator.comparingDouble(p -> interval(p, metric).mean());
        List<String> ranked = new ArrayList<>(policies);
        ranked.sort(metric.higherIsBetter() ? byMean.reversed() : byMean);
        return ranked;
    }

    /**
     * The policies with the best mean on a metric (more than one when they tie), or none when every
     * policy has the same mean.
     */
    public List<String> best(Metric metric) {
        List<String> ranked = ranking(metric);
        double top = interval(ranked.get(0), metric).mean();
        List<String> best = new ArrayList<>();
        for (String p : ranked) {
            if (interval(p, metric).mean() == top) {
                best.add(p);
            }
        }
        return best.size() == ranked.size() ? List.of() : best;
    }

    private String bestByMedian(Metric metric) {
        String best = policies.get(0);
        for (String p : policies) {
            if (strictlyBetter(metric, median(p, metric), median(best, metric))) {
                best = p;
            }
        }
        return best;
    }

    private static boolean strictlyBetter(Metric metric, double a, double b) {
        return metric.higherIsBetter() ? a > b : a < b;
    }

    /** A sentence naming the best policy and whether it is clearly ahead of the runner-up. */
    public String verdict(Metric metric) {
        List<String> ranked = ranking(metric);
        String first = ranked.get(0);
        ConfidenceInterval top = interval(first, metric);
        if (ranked.size() < 2) {
            return "Only " + first + " was played: mean " + number(top.mean()) + ".";
        }
        List<String> best = best(metric);
        if (best.isEmpty()) {
            return "No difference: every policy averages " + number(top.mean()) + ".";
        }
        String direction = metric.higherIsBetter() ? "highest" : "lowest";
        String text = best.size() == 1 ? first + " is best, with the " + direction + " mean"
                : String.join(" and ", best) + " tie for best, with the " + direction + " mean";
        text += " (" + number(top.mean()) + ")";
        String second = ranked.get(best.size());
        ConfidenceInterval diff = difference(first, second, metric);
        if (!diff.known()) {
            return text + "; one seed is too few to tell " + (best.size() == 1 ? "it" : "them")
                    + " from the runner-up " + second + ".";
        }
        boolean clear = metric.higherIsBetter() ? diff.above(0) : diff.below(0);
        text += clear ? ", clearly ahead of the runner-up " : "; the runner-up ";
        text += second + (clear ? ": " : " is within the noise: ") + "paired difference " + number(diff.mean())
                + ", 95% CI " + range(diff) + " over " + diff.n() + " seeds.";
        String byMedian = bestByMedian(metric);
        if (best.stream().allMatch(p -> strictlyBetter(metric, median(byMedian, metric), median(p, metric)))) {
            text += " By the median, which a few extreme matches do not move, " + byMedian + " is best ("
                    + number(median(byMedian, metric)) + ").";
        }
        return text;
    }

    static String range(ConfidenceInterval ci) {
        return ci.known() ? number(ci.low()) + " to " + number(ci.high()) : "unknown";
    }

    /** A number for people: thousands separated, up to three significant decimals for small values. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000 || v == Math.rint(v) && a < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.1) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
