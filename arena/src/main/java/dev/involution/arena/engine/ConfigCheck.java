package dev.involution.arena.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link ConfigProblem}s while a configuration is checked field by field. */
public final class ConfigCheck {
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final String prefix;

    public ConfigCheck(String prefix) {
        this.prefix = prefix;
    }

    public ConfigCheck range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(new ConfigProblem(prefix + field, "must be between " + min + " and " + max + ", was " + value));
        }
        return this;
    }

    public ConfigCheck range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            problems.add(new ConfigProblem(prefix + field, "must be between " + min + " and " + max + ", was " + value));
        }
        return this;
    }

    public ConfigCheck add(List<ConfigProblem> more) {
        problems.addAll(more);
        return this;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }
}
