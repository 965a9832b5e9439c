package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.book.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edge of the idempotency window: a client order id is remembered in the round it was used and
 * the whole next round, forgotten after that; past the window, an order meant for its round is
 * refused, never placed again; a snapshot keeps exactly the window.
 */
class IdempotencyWindowTest {

    private static MatchState runningMatch() {
        MatchState s = new MatchState("w");
        MatchSettings settings = new MatchSettings("test", 60_000, 7, List.of(), "laissez-faire", null, false,
                MarketConfig.defaults().withRounds(10).withMaxFirms(4));
        s.apply(new MatchEvent.MatchCreated(1, 0, "w", settings));
        s.apply(new MatchEvent.SeatTaken(2, 0, new SeatHolder(0, "alice", "Alice", SeatKind.PLAYER, null), null));
        s.apply(new MatchEvent.SeatTaken(3, 0, new SeatHolder(1, "bob", "Bob", SeatKind.PLAYER, null), null));
        s.apply(new MatchEvent.MatchStarted(4, 0, 60_000));
        return s;
    }

    private static void bid(MatchState s, String clientOrderId) {
        assertThat(s.placeOrderLive(0, 0, Side.BUY, 10, 1, clientOrderId).code().ok()).isTrue();
    }

    private static boolean remembered(MatchState s, String clientOrderId) {
        return s.keyed(MatchState.orderKey(0, clientOrderId)) != null;
    }

    @Test
    void anIdIsRememberedForItsRoundAndTheNextThenForgotten() {
        MatchState s = runningMatch();
        bid(s, "r1");
        assertThat(remembered(s, "r1")).isTrue();
        s.settleLive(0, 120_000);                     // round 2: r1 is the previous round's
        bid(s, "r2");
        assertThat(remembered(s, "r1")).as("the previous round is inside the window").isTrue();
        assertThat(remembered(s, "r2")).isTrue();
        s.settleLive(0, 180_000);                     // round 3: r1 has left the window
        assertThat(remembered(s, "r1")).as("two rounds back is outside the window").isFalse();
        assertThat(remembered(s, "r2")).isTrue();
        assertThat(s.rememberedKeys()).isEqualTo(1);
    }

    @Test
    void pastTheWindowAnOrderForItsRoundIsRefusedNeverPlaced() {
        MatchState s = runningMatch();
        bid(s, "late");
        s.settleLive(0, 120_000);
        assertThat(remembered(s, "late")).as("inside the window a retry is answered from it, before the round check")
                .isTrue();
        s.settleLive(0, 180_000);
        assertThat(remembered(s, "late")).isFalse();
        Rejection refused = Refusals.checkOrderRound(s, 1);
        assertThat(refused.code()).isEqualTo("ROUND_OVER");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refused.field()).isEqualTo("round");
        assertThat(Refusals.checkOrderRound(s, 3)).isNull();
        assertThat(Refusals.checkOrderRound(s, null)).isNull();
        assertThat(Refusals.checkOrderRound(s, 4).code()).isEqualTo("ROUND_NOT_OPEN");
    }

    @Test
    void aFirmHasABoundedNumberOfNewIdsPerRound() {
        MatchState s = runningMatch();
        for (int i = 0; i < IdempotencyWindow.MAX_ORDER_IDS_PER_ROUND; i++) {
            assertThat(s.orderIdAllowed(0)).isTrue();
            bid(s, "id-" + i);
        }
        assertThat(s.orderIdAllowed(0)).as("the allowance is used up").isFalse();
        assertThat(s.orderIdAllowed(1)).as("per firm").isTrue();
        MatchState restored = MatchState.fromData(s.toData());
        assertThat(restored.orderIdAllowed(0)).as("a snapshot keeps the count").isFalse();
        s.settleLive(0, 120_000);
        assertThat(s.orderIdAllowed(0)).as("a new round, a new allowance").isTrue();
    }

    @Test
    void aSnapshotHoldsExactlyTheWindow() {
        MatchState s = runningMatch();
        for (int round = 1; round <= 5; round++) {
            for (int i = 0; i < 100; i++) {
                bid(s, round + "-" + i);
            }
            s.settleLive(0, 60_000L * (round + 1));
        }
        MatchState.Data data = s.toData();
        assertThat(data.keys()).isEmpty();
        assertThat(data.previousKeys()).hasSize(100).containsKey(MatchState.orderKey(0, "5-0"));
        MatchState restored = MatchState.fromData(data);
        assertThat(restored.keyed(MatchState.orderKey(0, "5-99"))).isEqualTo(s.keyed(MatchState.orderKey(0, "5-99")));
        assertThat(restored.keyed(MatchState.orderKey(0, "4-0"))).isNull();
        restored.settleLive(0, 60_000 * 7);
        assertThat(restored.rememberedKeys()).isZero();
    }
}
