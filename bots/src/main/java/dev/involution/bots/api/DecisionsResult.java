package dev.involution.bots.api;

import java.util.List;

/**
 * The answer to posting decisions: the decisions in force now ({@code price}, {@code bounty},
 * {@code rnd}, cents) and the parts the regulator's rules changed ({@code adjustments}, empty when
 * everything applied as asked). A decision that breaks a rule is not refused whole: the allowed
 * parts apply, the rest is clamped or kept as the rule says.
 */
public record DecisionsResult(long price, long bounty, long rnd, List<DecisionAdjustment> adjustments) {

    public DecisionsResult {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** The decisions in force, without the adjustments. */
    public Decisions decisions() {
        return new Decisions(price, bounty, rnd);
    }
}
