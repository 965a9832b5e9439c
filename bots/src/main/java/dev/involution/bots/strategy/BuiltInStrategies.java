package dev.involution.bots.strategy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The built-in strategies by name. A strategy instance plays one seat; {@link #create} takes a seed
 * so that strategies that use chance stay reproducible in seeded matches.
 */
public final class BuiltInStrategies {
    private static final Map<String, LongFunction<Strategy>> BUILT_IN = new TreeMap<>(Map.ofEntries(
            Map.entry("cost-plus", seed -> new CostPlus()),
            Map.entry("undercutter", seed -> new Undercutter()),
            Map.entry("subsidizer", seed -> new Subsidizer()),
            Map.entry("innovator", seed -> new Innovator()),
            Map.entry("tit-for-tat", seed -> new TitForTat()),
            Map.entry("random", RandomStrategy::new),
            Map.entry("incumbent", seed -> new Incumbent()),
            Map.entry("specialist", seed -> new Specialist()),
            Map.entry("consortium", seed -> new ConsortiumBuilder()),
            Map.entry("safety-skimper", seed -> new SafetySkimper()),
            Map.entry("idle", seed -> new Idle()),
            Map.entry("price-gouger", seed -> new PriceGouger())));

    private BuiltInStrategies() {
    }

    public static boolean exists(String name) {
        return BUILT_IN.containsKey(name);
    }

    /** A fresh instance of the named strategy. */
    public static Strategy create(String name, long seed) {
        LongFunction<Strategy> s = BUILT_IN.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; known: " + names());
        }
        return s.apply(seed);
    }

    public static List<String> names() {
        return List.copyOf(BUILT_IN.keySet());
    }
}
