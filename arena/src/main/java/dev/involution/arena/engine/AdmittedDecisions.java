package dev.involution.arena.engine;

import java.util.List;

/**
 * What the rules make of a firm's decisions: refused ({@code code} not OK, nothing applies), or
 * the decisions that apply with every part a rule of the regulator changed. A decision that breaks
 * a rule is not refused whole: a bounty above a giveaway cap comes down to the cap, a price under a
 * price floor goes up to the floor, and during a cooling-off halt price and bounty stay as they
 * were, while the other parts apply as asked.
 */
public record AdmittedDecisions(ResultCode code, Decisions decisions, List<DecisionAdjustment> adjustments) {

    public AdmittedDecisions {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    static AdmittedDecisions refused(ResultCode code) {
        return new AdmittedDecisions(code, null, List.of());
    }

    public boolean ok() {
        return code.ok();
    }

    /** Whether some part was changed by a rule. */
    public boolean adjusted() {
        return !adjustments.isEmpty();
    }
}
