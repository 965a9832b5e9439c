package dev.involution.arena.match;

import dev.involution.arena.engine.AdmittedDecisions;
import dev.involution.arena.engine.ResultCode;
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

    /**
     * Decisions apply in the parts the regulator's rules allow: the answer (and the event) say what
     * applies and which parts a rule changed. Only a firm that cannot act or a field out of bounds is
     * refused.
     */
    void setDecisions(MatchState state, MatchEntity.SetDecisions cmd) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        if (pending.replayedRetryOf(state, cmd.playerId(), cmd.idempotencyKey(),
                MatchState.decisionsFingerprint(cmd.decisions()), cmd.replyTo(),
                earlier -> new MatchEntity.DecisionsAccepted(MatchViews.decisionsResult(earlier.decisions() != null
                        ? earlier.decisions() : new AdmittedDecisions(ResultCode.OK, cmd.decisions(), List.of()))))) {
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
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.DecisionsSet(state.seq() + 1, clock.millis(),
                firmId, admitted.decisions(), cmd.idempotencyKey(), admitted.adjustments()));
        pending.stage(List.of(e),
                () -> cmd.replyTo().tell(new MatchEntity.DecisionsAccepted(MatchViews.decisionsResult(admitted))));
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
