package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.RoundReport;
import java.util.List;

/**
 * A regulatory regime: after each settled round it reads the market's history and the
 * interventions in force and proposes new interventions, each with a reason citing the numbers
 * that triggered it. A policy is a pure function of its input, so it can be replayed and a match
 * can switch policies at any time.
 */
public interface RegulatorPolicy {

    /**
     * What a policy sees: the market's settings, every settled round so far (the last one just
     * settled), the interventions in force for the round about to be played, and those that have
     * just ended (a policy may renew them).
     */
    record Input(MarketConfig config, List<RoundReport> reports, List<Intervention> inForce,
                 List<Intervention> ending, int nextRound) {

        public RoundReport last() {
            return reports.get(reports.size() - 1);
        }

        /** The intervention of this kind on this firm that has just ended, or null. */
        public Intervention ending(InterventionKind kind, int firmId) {
            for (Intervention i : ending) {
                if (i.kind() == kind && i.firmId() == firmId) {
                    return i;
                }
            }
            return null;
        }

        public boolean inForce(InterventionKind kind, int firmId) {
            for (Intervention i : inForce) {
                if (i.kind() == kind && i.firmId() == firmId && i.activeIn(nextRound)) {
                    return true;
                }
            }
            return false;
        }
    }

    String name();

    /** New interventions (their ids are given when imposed); empty when nothing needs doing. */
    List<Intervention> evaluate(Input input);
}
