package dev.involution.bots.api.stream;

/**
 * The compute farms' supply ladder each round: {@code supplyFactor} x market size / users per unit
 * units in {@code ladderSteps} tranches, from {@code baseCost} cents per unit up by about
 * {@code stepCents} a tranche.
 */
public record SupplySettings(long baseCost, double supplyFactor, int ladderSteps, long stepCents) {
}
