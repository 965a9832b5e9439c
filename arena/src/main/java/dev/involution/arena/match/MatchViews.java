package dev.involution.arena.match;

import dev.involution.arena.engine.AdmittedDecisions;
import dev.involution.arena.engine.DecisionAdjustment;
import dev.involution.arena.engine.Decisions;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.RemedyDecisions;
import dev.involution.arena.view.RemedyViews;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Figure;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.view.ApiViews;
import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.DecisionsResult;
import dev.involution.bots.api.FinalStanding;
import dev.involution.bots.api.FirmPublic;
import dev.involution.bots.api.InterventionFigure;
import dev.involution.bots.api.InterventionView;
import dev.involution.bots.api.MatchDetails;
import dev.involution.bots.api.MatchSummary;
import dev.involution.bots.api.MyFirm;
import dev.involution.bots.api.OpenOrder;
import dev.involution.bots.api.OrderResult;
import dev.involution.bots.api.PriceLevel;
import dev.involution.bots.api.Trade;
import java.util.ArrayList;
import java.util.List;

/** Builds the public and private views of a match from its state. */
final class MatchViews {
    static final int DEPTH_LEVELS = 50;

    private MatchViews() {
    }

    static MatchSummary summary(MatchState s) {
        MatchSettings settings = s.settings();
        Market m = s.market();
        return new MatchSummary(s.matchId(), settings.name(), s.status().name(), m.round(), settings.market().rounds(),
                settings.roundMillis(), settings.market().maxFirms(), m.firmCount(), s.policy(), settings.demo(),
                s.status() == MatchStatus.RUNNING ? s.deadline() : 0, settings.tournamentId(), settings.practice(), false,
                settings.lockstep(), s.status() == MatchStatus.OPEN ? settings.startAt() : 0);
    }

    static MatchDetails details(MatchState s) {
        Market m = s.market();
        RoundReport last = s.lastReport();
        List<FirmPublic> firms = new ArrayList<>();
        for (SeatHolder seat : s.seats()) {
            FirmView f = m.firm(seat.firmId());
            double share = 0;
            if (last != null) {
                for (FirmResult r : last.firms()) {
                    if (r.firmId() == f.id()) {
                        share = r.share();
                    }
                }
            }
            firms.add(new FirmPublic(f.id(), f.name(), seat.kind().name(), seat.strategy(), f.status().name(),
                    f.decisions().price(), f.decisions().bounty(), f.users(), share, f.cash(), f.quality(),
                    s.lastActiveRound(f.id()), s.ready(f.id())));
        }
        List<FinalStanding> standings = new ArrayList<>();
        for (Standing st : s.standings()) {
            standings.add(new FinalStanding(st.rank(), st.firmId(), st.name(), st.status().name(), st.score()));
        }
        List<InterventionView> interventions = new ArrayList<>();
        for (Intervention i : m.interventions()) {
            interventions.add(interventionView(i));
        }
        return new MatchDetails(summary(s), s.seq(), m.stateHash(), s.settings().seed(),
                s.status() == MatchStatus.PAUSED ? s.remainingMillis() : 0, firms, ApiViews.roundResult(last),
                interventions, standings);
    }

    static InterventionView interventionView(Intervention i) {
        List<InterventionFigure> figures = new ArrayList<>(i.figures().size());
        for (Figure f : i.figures()) {
            figures.add(new InterventionFigure(f.name(), f.value(), f.unit().name()));
        }
        return new InterventionView(i.id(), i.kind().name(), i.firmId(), i.value(), i.fromRound(), i.untilRound(),
                i.reason(), figures);
    }

    /** The answer to posted decisions: what applies, and each part a rule changed with the rule and why. */
    static DecisionsResult decisionsResult(AdmittedDecisions admitted, RemedyDecisions choices) {
        List<dev.involution.bots.api.DecisionAdjustment> adjustments = new ArrayList<>();
        for (DecisionAdjustment a : admitted.adjustments()) {
            ResultCode code = Market.codeOf(a.rule());
            adjustments.add(new dev.involution.bots.api.DecisionAdjustment(a.field(), a.requested(), a.applied(),
                    code.name(), adjustmentMessage(a, code), interventionView(a.rule())));
        }
        Decisions d = admitted.decisions();
        DecisionsResult result = new DecisionsResult(d.price(), d.bounty(), d.rnd(), adjustments);
        return choices == null ? result : result.withChoices(RemedyViews.withChoices(result.decisions(), choices));
    }

    /** "bounty 25 cents per new user set to 10: the regulator's giveaway cap ...: <reason> (until round 14)". */
    private static String adjustmentMessage(DecisionAdjustment a, ResultCode code) {
        String unit = a.field().equals("bounty") ? " cents per new user" : " cents per user";
        return a.field() + " " + a.requested() + unit + " set to " + a.applied() + ": " + code.description() + ": "
                + a.rule().reason() + " (until round " + a.rule().untilRound() + ")";
    }

    static BookDepth book(MatchState s) {
        Market m = s.market();
        return new BookDepth(s.matchId(), m.round(), s.seq(), levels(m, Side.BUY), levels(m, Side.SELL));
    }

    private static List<PriceLevel> levels(Market m, Side side) {
        List<PriceLevel> levels = new ArrayList<>();
        m.book().depth(side, DEPTH_LEVELS, (price, quantity, orders) -> levels.add(new PriceLevel(price, quantity, orders)));
        return levels;
    }

    static MyFirm myFirm(MatchState s, int firmId) {
        Market m = s.market();
        List<OpenOrder> open = new ArrayList<>();
        m.book().forEachOrder((id, owner, side, price, remaining) -> {
            if (owner == firmId) {
                open.add(new OpenOrder(id, side == Side.BUY ? dev.involution.bots.api.Side.BUY
                        : dev.involution.bots.api.Side.SELL, price, remaining));
            }
        });
        return new MyFirm(s.matchId(), m.round(), s.seq(), ApiViews.ownFirm(m.firm(firmId)), open);
    }

    static OrderResult orderResult(long orderId, long quantity, List<Fill> fills, long resting) {
        List<Trade> trades = new ArrayList<>(fills.size());
        for (Fill f : fills) {
            trades.add(new Trade(f.price(), f.quantity(), f.buyerFirm(), f.sellerFirm()));
        }
        String status = resting == 0 ? "FILLED" : resting < quantity ? "PARTIALLY_FILLED" : "RESTING";
        return new OrderResult(orderId, status, trades, resting, quantity);
    }
}
