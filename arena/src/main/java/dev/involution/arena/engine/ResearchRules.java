package dev.involution.arena.engine;

import java.util.List;

/**
 * How public basic research raises the shared frontier that multiplies every model's quality:
 * {@code frontier = 1 + efficiency x sqrt(fund paid up to lagRounds ago) + breakthroughs x breakthroughStep},
 * where each round a breakthrough happens with chance {@code min(0.25, fund / breakthroughScale)}.
 */
public record ResearchRules(double efficiency, int lagRounds, long breakthroughScale, double breakthroughStep) {

    public static ResearchRules defaults() {
        return new ResearchRules(0.0002, 4, 400_000_000L, 0.1);
    }

    List<ConfigProblem> validate() {
        return new ConfigCheck("remedies.research.")
                .range("efficiency", efficiency, 0.0, 1.0)
                .range("lagRounds", lagRounds, 0, 100)
                .range("breakthroughScale", breakthroughScale, 1, Long.MAX_VALUE / 4)
                .range("breakthroughStep", breakthroughStep, 0.0, 10.0)
                .problems();
    }
}
