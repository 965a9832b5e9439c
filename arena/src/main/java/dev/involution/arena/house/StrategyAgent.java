package dev.involution.arena.house;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.RemedyDecisions;
import dev.involution.arena.engine.simulation.FirmAgent;
import dev.involution.arena.engine.simulation.FirmPlan;
import dev.involution.arena.engine.simulation.OrderRequest;
import dev.involution.arena.engine.simulation.RoundContext;
import dev.involution.arena.view.ApiViews;
import dev.involution.arena.view.RemedyViews;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.strategy.Plan;
import dev.involution.bots.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/** Lets a player-side {@link Strategy} play a seat of a headless, fast-forward match. */
public final class StrategyAgent implements FirmAgent {
    private final Strategy strategy;
    private final long baseComputeCost;

    public StrategyAgent(Strategy strategy, long baseComputeCost) {
        this.strategy = strategy;
        this.baseComputeCost = baseComputeCost;
    }

    @Override
    public FirmPlan plan(RoundContext ctx) {
        MarketView market = new MarketView(ctx.round(), ctx.rounds(), ctx.usersPerUnit(), baseComputeCost,
                ctx.bestBid(), ctx.bestAsk() == Long.MAX_VALUE ? null : ctx.bestAsk(),
                ApiViews.roundResult(ctx.lastReport()),
                ctx.remedies() == null ? null : RemedyViews.rules(ctx.remedies(), ctx.usersPerUnit(), baseComputeCost));
        return toFirmPlan(strategy.plan(market, ApiViews.ownFirm(ctx.self())), ctx.self());
    }

    static FirmPlan toFirmPlan(Plan plan, FirmView self) {
        if (plan == null) {
            return null;
        }
        List<OrderRequest> orders = new ArrayList<>();
        if (plan.orders() != null) {
            for (dev.involution.bots.api.OrderRequest o : plan.orders()) {
                orders.add(new OrderRequest(ApiViews.side(o.side()), o.price(), o.quantity()));
            }
        }
        RemedyDecisions remedies = RemedyViews.requested(self.remedy() == null ? null : self.remedy().decisions(),
                plan.decisions());
        return new FirmPlan(plan.decisions() == null ? null : ApiViews.decisions(plan.decisions()), orders, remedies);
    }
}
