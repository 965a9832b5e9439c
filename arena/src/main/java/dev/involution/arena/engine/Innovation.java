package dev.involution.arena.engine;

import java.util.List;

/**
 * How R&amp;D turns into quality each round:
 * {@code quality = quality*(1 - depreciation) + rndEfficiency*sqrt(rnd)}, so R&amp;D compounds slowly
 * with diminishing returns, and quality decays without it.
 */
public record Innovation(double depreciation, double rndEfficiency) {

    public static Innovation defaults() {
        return new Innovation(0.02, 0.0001);
    }

    List<ConfigProblem> validate() {
        return new ConfigCheck("innovation.")
                .range("depreciation", depreciation, 0.0, 0.5)
                .range("rndEfficiency", rndEfficiency, 0.0, 1.0)
                .problems();
    }
}
