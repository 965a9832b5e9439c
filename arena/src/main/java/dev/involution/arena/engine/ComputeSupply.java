package dev.involution.arena.engine;

import java.util.List;

/**
 * The compute farms' supply ladder, posted as asks at the start of every round: about
 * {@code supplyFactor x marketSize / usersPerUnit} units in {@code ladderSteps} equal tranches,
 * the first at {@code baseCost} cents per unit and each next one {@code stepCents} dearer (plus a
 * small seeded jitter below one fifth of a step), so compute gets dearer as demand grows.
 */
public record ComputeSupply(long baseCost, double supplyFactor, int ladderSteps, long stepCents) {

    public static ComputeSupply defaults() {
        return new ComputeSupply(5_000, 1.2, 10, 500);
    }

    List<ConfigProblem> validate() {
        return new ConfigCheck("supply.")
                .range("baseCost", baseCost, 1, Limits.MAX_PRICE / 2)
                .range("supplyFactor", supplyFactor, 0.1, 10.0)
                .range("ladderSteps", ladderSteps, 1, 100)
                .range("stepCents", stepCents, 0, Limits.MAX_PRICE / 200)
                .problems();
    }
}
