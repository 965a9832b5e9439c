package dev.involution.arena.match;

import dev.involution.arena.engine.AdmittedDecisions;
import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.RemedyDecisions;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.view.RemedyViews;
import java.time.Clock;
import java.util.List;

/**
 * How a match decides a firm's decisions (price, giveaway, R&amp;D and, under the remedies, its model,
 * focus, license fee, consortium membership and safety) and answers a firm about itself.
 */
final class DecisionCommands {
    private final Clock clock;
    private final PendingWrite pending;

    DecisionCommands(Clock clock, PendingWrite pending) {
        this.clock = clock;
        this.pending = pending;
    }

    /**
     * Decisions apply in the parts the regulator's rules allow: the answer (and the event) say what
     * applies and which parts a rule changed. Only a firm that cannot act, a field out of bounds or a
     * choice that is not possible now (a model nobody offers, a banned consortium, the classic rules)
     * is refused, and then nothing changes.
     */
    void setDecisions(MatchState state, MatchEntity.SetDecisions cmd) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        FirmView firm = state.market().firm(firmId);
        RemedyDecisions choices = RemedyViews.requested(firm.remedy() == null ? null : firm.remedy().decisions(),
                cmd.remedies());
        if (pending.replayedRetryOf(state, cmd.playerId(), cmd.idempotencyKey(),
                MatchState.decisionsFingerprint(cmd.decisions(), choices), cmd.replyTo(),
                earlier -> new MatchEntity.DecisionsAccepted(MatchViews.decisionsResult(earlier.decisions() != null
                        ? earlier.decisions() : new AdmittedDecisions(ResultCode.OK, cmd.decisions(), List.of()),
                        choices)))) {
            return;
        }
        if (state.status() == MatchStatus.FINISHED) {
            pending.reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
            return;
        }
        AdmittedDecisions admitted = state.market().admitDecisions(firmId, cmd.decisions());
        if (!admitted.ok()) {
            pending.reject(cmd.replyTo(), Rejection.of(admitted.code()));
            return;
        }
        if (cmd.remedies() != null) {
            ResultCode check = state.market().admitRemedyDecisions(firmId, choices);
            if (!check.ok()) {
                pending.reject(cmd.replyTo(), Rejection.of(check));
                return;
            }
        }
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.DecisionsSet(state.seq() + 1, clock.millis(),
                firmId, admitted.decisions(), cmd.idempotencyKey(), admitted.adjustments(), choices));
        pending.stage(List.of(e), () -> cmd.replyTo().tell(new MatchEntity.DecisionsAccepted(
                MatchViews.decisionsResult(admitted, choices))));
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
