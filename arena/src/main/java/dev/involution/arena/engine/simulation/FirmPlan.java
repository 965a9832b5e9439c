package dev.involution.arena.engine.simulation;

import dev.involution.arena.engine.Decisions;
import dev.involution.arena.engine.RemedyDecisions;
import java.util.List;

/**
 * What a firm does in one round: its decisions, its choices under the article's remedies (null: as
 * they were), then its orders in the given sequence.
 */
public record FirmPlan(Decisions decisions, List<OrderRequest> orders, RemedyDecisions remedies) {

    public FirmPlan(Decisions decisions, List<OrderRequest> orders) {
        this(decisions, orders, null);
    }
}
