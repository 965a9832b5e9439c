package dev.involution.arena.match;

import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.ResultCode;
import dev.involution.bots.api.OrderResult;
import java.time.Clock;
import java.util.List;

/** How a match decides orders and cancellations: seat, idempotent retry, trading state, then the engine. */
final class TradingCommands {
    private final Clock clock;
    private final PendingWrite pending;

    TradingCommands(Clock clock, PendingWrite pending) {
        this.clock = clock;
        this.pending = pending;
    }

    void placeOrder(MatchState state, MatchEntity.PlaceOrder cmd) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        if (cmd.clientOrderId() != null) {
            MatchState.KeyedResult earlier = state.keyed(MatchState.orderKey(firmId, cmd.clientOrderId()));
            if (earlier != null) {
                if (!earlier.fingerprint().equals(
                        MatchState.orderFingerprint(cmd.side(), cmd.price(), cmd.quantity(), cmd.fit()))) {
                    pending.reject(cmd.replyTo(), Refusals.keyReused("clientOrderId"));
                } else {
                    // What was placed: all of it, or for a fitted order what it was cut down to.
                    long placed = earlier.restingQuantity() + earlier.fills().stream().mapToLong(Fill::quantity).sum();
                    pending.reply(cmd.replyTo(), new MatchEntity.OrderAccepted(MatchViews.orderResult(earlier.value(),
                            placed, earlier.fills(), earlier.restingQuantity())));
                }
                return;
            }
        }
        refused = Refusals.checkTrading(state);
        if (refused == null) {
            refused = Refusals.checkOrderRound(state, cmd.round());
        }
        if (refused == null && cmd.clientOrderId() != null && !state.orderIdAllowed(firmId)) {
            refused = Refusals.orderIdsUsedUp();
        }
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        long quantity = cmd.fit() ? RefusalNumbers.fitted(state, firmId, cmd.side(), cmd.price(), cmd.quantity())
                : cmd.quantity();
        MatchState.Placed placed = state.placeOrderLive(clock.millis(), firmId, cmd.side(), cmd.price(),
                quantity, cmd.clientOrderId(), cmd.fit() ? cmd.quantity() : null);
        if (!placed.code().ok()) {
            pending.reject(cmd.replyTo(), RefusalNumbers.forOrder(state, firmId, cmd.side(), cmd.price(), quantity,
                    placed.code()));
            return;
        }
        MatchEvent.OrderPlaced e = placed.event();
        List<Fill> fills = e.fills();
        OrderResult result = MatchViews.orderResult(e.orderId(), e.quantity(), fills, e.restingQuantity());
        pending.stage(List.of(e), () -> cmd.replyTo().tell(new MatchEntity.OrderAccepted(result)));
    }

    void cancelOrder(MatchState state, MatchEntity.CancelOrder cmd) {
        Rejection refused = Refusals.checkSeat(state, cmd.playerId());
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.firmOf(cmd.playerId());
        if (pending.replayedRetry(state, cmd.playerId(), cmd.idempotencyKey(), "cancel:" + cmd.orderId(),
                cmd.replyTo(), MatchEntity.OrderCancelled::new)) {
            return;
        }
        refused = Refusals.checkTrading(state);
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        long[] owner = {Long.MIN_VALUE};
        state.market().book().lookup(cmd.orderId(), (id, o, side, price, remaining) -> owner[0] = o);
        if (owner[0] == Long.MIN_VALUE) {
            pending.reject(cmd.replyTo(), Rejection.of(ResultCode.UNKNOWN_ORDER));
            return;
        }
        if (owner[0] != firmId) {
            pending.reject(cmd.replyTo(), Rejection.of(ResultCode.NOT_ORDER_OWNER));
            return;
        }
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.OrderCancelled(state.seq() + 1, clock.millis(),
                firmId, cmd.orderId(), cmd.idempotencyKey()));
        pending.stage(List.of(e), () -> cmd.replyTo().tell(new MatchEntity.OrderCancelled(cmd.orderId())));
    }
}
