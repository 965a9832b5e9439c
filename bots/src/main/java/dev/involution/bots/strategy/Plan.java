package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.OrderRequest;
import java.util.List;

/** What a strategy does in a round: post these decisions, then place these orders in sequence. */
public record Plan(Decisions decisions, List<OrderRequest> orders) {
}
