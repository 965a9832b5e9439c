package dev.involution.arena.view;

import dev.involution.arena.engine.Decisions;
import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.book.Side;
import dev.involution.bots.api.FirmRound;
import dev.involution.bots.api.MarketIndicators;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.api.RoundResult;
import java.util.ArrayList;
import java.util.List;

/** Translates the engine's views into the public API records that players and strategies see. */
public final class ApiViews {
    private ApiViews() {
    }

    public static OwnFirm ownFirm(FirmView f) {
        return new OwnFirm(f.id(), f.name(), f.status().name(), f.cash(), f.reservedCash(), f.quality(),
                f.loyalUsers(), f.mercenaryUsers(), f.capacity(), f.reservedCapacity(),
                RemedyViews.withChoices(decisions(f.decisions()), f.remedy() == null ? null : f.remedy().decisions()));
    }

    public static dev.involution.bots.api.Decisions decisions(Decisions d) {
        return new dev.involution.bots.api.Decisions(d.price(), d.bounty(), d.rnd());
    }

    public static Decisions decisions(dev.involution.bots.api.Decisions d) {
        return new Decisions(d.price(), d.bounty(), d.rnd());
    }

    public static Side side(dev.involution.bots.api.Side side) {
        return side == dev.involution.bots.api.Side.BUY ? Side.BUY : Side.SELL;
    }

    public static RoundResult roundResult(RoundReport report) {
        if (report == null) {
            return null;
        }
        List<FirmRound> firms = new ArrayList<>(report.firms().size());
        for (FirmResult r : report.firms()) {
            firms.add(new FirmRound(r.firmId(), r.name(), r.status().name(), r.price(), r.bounty(), r.rnd(), r.users(),
                    r.newUsers(), r.served(), r.capacity(), r.revenue(), r.giveaway(), r.computeCost(), r.fine(), r.subsidy(),
                    r.cash(), r.quality(), r.share(), r.fixedCost(), r.net(), RemedyViews.round(r.remedy())));
        }
        return new RoundResult(report.round(), firms, indicators(report.indicators()));
    }

    public static MarketIndicators indicators(Indicators i) {
        return new MarketIndicators(i.hhi(), i.largestShare(), i.subsidyIntensity(), i.belowCostFirms(),
                i.averagePrice(), i.spiralIndex(), i.involutionIndex(), i.consumerWelfare(), i.totalRevenue(),
                i.totalGiveaway(), i.totalRnd(), i.computePaidToFarms(), i.totalFines(), i.totalSubsidies(),
                i.usersWithFirms(), i.usersServed(),
                i.averageQuality(), i.activeFirms(), i.bankruptcies(), RemedyViews.indicators(i.remedies()));
    }

    /** The public market as any firm sees it at this moment of the round. */
    public static MarketView marketView(Market market, RoundReport lastReport) {
        long bestAsk = market.book().bestAsk();
        return new MarketView(market.round(), market.config().rounds(), market.config().usersPerUnit(),
                market.config().supply().baseCost(), market.book().bestBid(),
                bestAsk == Long.MAX_VALUE ? null : bestAsk, roundResult(lastReport), RemedyViews.rules(market.config()));
    }
}
