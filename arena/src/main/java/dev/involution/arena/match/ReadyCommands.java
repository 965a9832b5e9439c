package dev.involution.arena.match;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.ResultCode;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * How a match decides that a firm is ready: done with the round in a lockstep match (the round
 * ends as soon as every firm it waits for is ready, or at its deadline), or ready for an OPEN
 * match that starts by itself to begin (it begins as soon as every player seated in it is ready).
 *
 * <p>A lockstep round waits for every active firm, house bots included (they are ready as soon as
 * they have acted), except a player's firm that has not acted for {@value #IDLE_ROUNDS} rounds: an
 * absent bot holds up at most its first rounds, then plays on its standing decisions without
 * being waited for, until it acts again.
 */
final class ReadyCommands {
    static final int IDLE_ROUNDS = 2;

    private final Clock clock;
    private final PendingWrite pending;
    private final LifecycleCommands lifecycle;

    ReadyCommands(Clock clock, PendingWrite pending, LifecycleCommands lifecycle) {
        this.clock = clock;
        this.pending = pending;
        this.lifecycle = lifecycle;
    }

    /**
     * Notes that the player's firm is ready; {@code regulatorDue} says that the regulator has not yet
     * ruled on the round just settled, which a lockstep round waits for before it may end.
     */
    void ready(MatchState state, MatchEntity.Ready cmd, boolean regulatorDue) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        int round = state.market().round();
        refused = switch (state.status()) {
            case FINISHED -> Rejection.of(ResultCode.MATCH_FINISHED);
            case PAUSED -> Refusals.checkTrading(state);
            case OPEN -> state.settings().startAt() > 0 ? null : Rejection.of(ResultCode.MATCH_NOT_STARTED);
            case RUNNING -> state.market().firm(firmId).active() ? null : Rejection.of(ResultCode.FIRM_BANKRUPT);
        };
        if (refused == null && cmd.round() != null && cmd.round() != round) {
            refused = Rejection.of(Rejection.Kind.CONFLICT, cmd.round() < round ? "ROUND_OVER" : "ROUND_NOT_OPEN",
                    "round " + cmd.round() + (cmd.round() < round ? " is over" : " has not opened")
                            + "; the round now is " + round).withNumbers(Map.of("currentRound", (long) round));
        }
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        boolean waits = state.status() == MatchStatus.OPEN || state.settings().lockstep();
        if (!waits || state.ready(firmId)) {
            pending.reply(cmd.replyTo(), noted(state, round));
            return;
        }
        long at = clock.millis();
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.FirmReady(state.seq() + 1, at, firmId, round));
        MatchEntity.ReadyNoted answer = noted(state, round);
        pending.stage(List.of(e), () -> cmd.replyTo().tell(answer));
        if (state.status() == MatchStatus.OPEN) {
            if (answer.waitingFor() == 0 && state.market().firmCount() >= 2) {
                pending.stage(lifecycle.start(state, at), () -> { });
            }
        } else if (!regulatorDue) {
            endIfAllReady(state);
        }
    }

    /** Ends the lockstep round now if every firm it waits for is ready. */
    void endIfAllReady(MatchState state) {
        if (state.status() == MatchStatus.RUNNING && state.settings().lockstep() && waitingFor(state) == 0) {
            lifecycle.endRound(state, clock.millis());
        }
    }

    private static MatchEntity.ReadyNoted noted(MatchState state, int round) {
        boolean waits = state.status() == MatchStatus.OPEN || state.settings().lockstep();
        return new MatchEntity.ReadyNoted(round, waits ? waitingFor(state) : 0, state.settings().lockstep());
    }

    /**
     * How many firms the round (or, while OPEN, the start) still waits for: OPEN, the players seated
     * who are not ready; RUNNING in lockstep, the active firms waited for that are not ready.
     */
    static int waitingFor(MatchState state) {
        int waiting = 0;
        int round = state.market().round();
        for (SeatHolder seat : state.seats()) {
            if (state.ready(seat.firmId())) {
                continue;
            }
            if (state.status() == MatchStatus.OPEN) {
                waiting += seat.kind() == SeatKind.PLAYER ? 1 : 0;
                continue;
            }
            FirmView firm = state.market().firm(seat.firmId());
            boolean idle = seat.kind() == SeatKind.PLAYER && round > IDLE_ROUNDS
                    && round - state.lastActiveRound(seat.firmId()) > IDLE_ROUNDS;
            if (firm.active() && !idle) {
                waiting++;
            }
        }
        return waiting;
    }
}
