package dev.involution.arena.engine.simulation;

import dev.involution.arena.engine.Decisions;
import java.util.List;

/** What a firm does in one round: its decisions, then its orders in the given sequence. */
public record FirmPlan(Decisions decisions, List<OrderRequest> orders) {
}
