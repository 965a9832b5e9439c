package dev.involution.arena.house;

import dev.involution.bots.strategy.CostPlus;
import dev.involution.bots.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The built-in strategies a match config can name for its house bots. */
public final class Strategies {
    private static final Map<String, Supplier<Strategy>> BUILT_IN = new TreeMap<>(Map.of(
            "cost-plus", CostPlus::new));

    private Strategies() {
    }

    public static boolean exists(String name) {
        return BUILT_IN.containsKey(name);
    }

    /** A fresh instance of the named strategy; one instance plays one seat. */
    public static Strategy create(String name) {
        Supplier<Strategy> s = BUILT_IN.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown strategy " + name + "; known: " + names());
        }
        return s.get();
    }

    public static List<String> names() {
        return List.copyOf(BUILT_IN.keySet());
    }
}
