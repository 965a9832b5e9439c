package dev.involution.arena.engine.simulation;

/** The decision function of one seat in a simulated match: called once per round, before settlement. */
@FunctionalInterface
public interface FirmAgent {
    FirmPlan plan(RoundContext context);
}
