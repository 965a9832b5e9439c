package dev.involution.arena.match;

import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.MarketPhase;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import dev.involution.arena.view.ApiViews;
import java.time.Clock;
import java.util.List;

/** How a match decides a firm's decisions (price, giveaway, R&amp;D) and answers a firm about itself. */
final class DecisionCommands {
    private final Clock clock;
    private final PendingWrite pending;

    DecisionCommands(Clock clock, PendingWrite pending) {
        this.clock = clock;
        this.pending = pending;
    }

    void setDecisions(MatchState state, MatchEntity.SetDecisions cmd) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        if (pending.replayedRetry(state, cmd.playerId(), cmd.idempotencyKey(),
                MatchState.decisionsFingerprint(cmd.decisions()), cmd.replyTo(),
                v -> new MatchEntity.DecisionsAccepted(ApiViews.decisions(cmd.decisions())))) {
            return;
        }
        if (state.status() == MatchStatus.FINISHED) {
            pending.reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
            return;
        }
        ResultCode check = cmd.decisions().validate();
        if (check.ok() && state.market().phase() == MarketPhase.LOBBY) {
            check = ResultCode.MATCH_NOT_STARTED;
        }
        if (check.ok() && !state.market().firm(firmId).active()) {
            check = ResultCode.FIRM_BANKRUPT;
        }
        if (!check.ok()) {
            pending.reject(cmd.replyTo(), Rejection.of(check));
            return;
        }
        Intervention rule = state.market().ruleAgainstDecisions(firmId, cmd.decisions());
        if (rule != null) {
            pending.reject(cmd.replyTo(), Rejection.byRule(Market.codeOf(rule), rule,
                    rule.kind() == InterventionKind.GIVEAWAY_CAP ? "bounty" : "price"));
            return;
        }
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.DecisionsSet(state.seq() + 1, clock.millis(),
                firmId, cmd.decisions(), cmd.idempotencyKey()));
        pending.stage(List.of(e),
                () -> cmd.replyTo().tell(new MatchEntity.DecisionsAccepted(ApiViews.decisions(cmd.decisions()))));
    }

    void myFirm(MatchState state, MatchEntity.GetMyFirm cmd) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        pending.read(state, cmd.replyTo(), () -> new MatchEntity.Mine(MatchViews.myFirm(state, firmId)));
    }
}
