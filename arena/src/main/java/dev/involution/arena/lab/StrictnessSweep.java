package dev.involution.arena.lab;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.RemedySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Behaviour 10: the lab's lineup played under rules from none to extreme
 * ({@link RemedySettings#strictness}), read on what strict rules cost (R&amp;D, firms left) and what
 * loose rules waste (giveaways, bankruptcies).
 */
public final class StrictnessSweep {
    private StrictnessSweep() {
    }

    /** What the sweep reads of each match. */
    public enum Measure {
        RND("Total R&D (cents)", RemedyMetrics::totalRnd),
        ACTIVE("Firms active at the end", RemedyMetrics::activeFirms),
        GIVEAWAYS("Giveaways burned (cents)", RemedyMetrics::giveaways),
        BANKRUPTCIES("Bankruptcies", RemedyMetrics::bankruptcies);

        private final String label;
        private final ToDoubleFunction<MatchResult> value;

        Measure(String label, ToDoubleFunction<MatchResult> value) {
            this.label = label;
            this.value = value;
        }

        public String label() {
            return label;
        }

        double of(MatchResult r) {
            return value.applyAsDouble(r);
        }
    }

    /** The strictness levels from {@code from} to {@code to} in {@code steps} equal steps (both ends included). */
    public static double[] levels(double from, double to, int steps) {
        double[] levels = new double[steps];
        for (int i = 0; i < steps; i++) {
            levels[i] = steps == 1 ? from : from + (to - from) * i / (steps - 1);
        }
        return levels;
    }

    /** One match at one level: the measures, in {@link Measure} order. */
    public static double[] measure(MarketConfig market, List<String> lineup, double strictness, long seed) {
        MatchResult r = RemedyScenarios.play(market, Policies.remedial("strictness",
                RemedySettings.strictness(strictness)), seed, lineup);
        double[] out = new double[Measure.values().length];
        for (Measure m : Measure.values()) {
            out[m.ordinal()] = m.of(r);
        }
        return out;
    }
}
