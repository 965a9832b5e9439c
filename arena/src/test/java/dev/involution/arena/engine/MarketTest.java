package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.book.Side;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarketTest {
    private final MarketConfig config = MarketConfig.defaults().withRounds(3).withMaxFirms(3);

    private Market started() {
        Market m = new Market(config, 5);
        m.join("alpha");
        m.join("beta");
        assertThat(m.start()).isEqualTo(ResultCode.OK);
        return m;
    }

    @Test
    void startSplitsTheAdoptedUsersEvenlyAndPostsTheFarmLadder() {
        Market m = started();
        assertThat(m.round()).isEqualTo(1);
        assertThat(m.phase()).isEqualTo(MarketPhase.RUNNING);
        long adopted = m.firms().stream().mapToLong(FirmView::users).sum();
        assertThat(adopted).isEqualTo(500_000);
        assertThat(m.firm(0).users()).isEqualTo(250_000);
        long[] farmUnits = {0};
        m.book().forEachOrder((id, owner, side, price, remaining) -> {
            assertThat(owner).isEqualTo(OrderBook.FARM);
            assertThat(side).isEqualTo(Side.SELL);
            farmUnits[0] += remaining;
        });
        assertThat(farmUnits[0]).isEqualTo(1_200);
        assertThat(m.book().bestAsk()).isEqualTo(5_000);
    }

    @Test
    void aStartNeedsTwoFirmsAndSeatsAreLimited() {
        Market m = new Market(config, 1);
        m.join("only");
        assertThat(m.start()).isEqualTo(ResultCode.NOT_ENOUGH_FIRMS);
        m.join("second");
        m.join("third");
        assertThat(m.join("fourth").code()).isEqualTo(ResultCode.MATCH_FULL);
        assertThat(m.placeOrder(0, Side.BUY, 5_000, 1).code()).isEqualTo(ResultCode.MATCH_NOT_STARTED);
    }

    @Test
    void aBidBuysFromTheFarmsAtTheRestingPriceAndCapacityServesUsers() {
        Market m = started();
        long cashBefore = m.firm(0).cash();
        OrderReceipt receipt = m.placeOrder(0, Side.BUY, 5_400, 150);
        assertThat(receipt.code()).isEqualTo(ResultCode.OK);
        assertThat(receipt.fills()).hasSize(1);
        assertThat(receipt.fills().get(0).price()).isEqualTo(5_000);
        assertThat(receipt.fills().get(0).sellerFirm()).isEqualTo(OrderBook.FARM);
        assertThat(receipt.restingQuantity()).isEqualTo(30);
        FirmView alpha = m.firm(0);
        assertThat(alpha.capacity()).isEqualTo(120);
        assertThat(alpha.cash()).isEqualTo(cashBefore - 120 * 5_000);
        assertThat(alpha.reservedCash()).isEqualTo(30 * 5_400);

        RoundReport report = m.settleRound();
        FirmResult r = report.firms().get(0);
        assertThat(r.served()).isEqualTo(Math.min(r.users(), 120_000));
        assertThat(r.computeCost()).isEqualTo(600_000);
        assertThat(r.revenue()).isEqualTo(10 * r.served());
        assertThat(m.firm(0).reservedCash()).isZero();
        assertThat(m.firm(0).capacity()).as("capacity does not carry over").isZero();
    }

    @Test
    void firmsCanResellCapacityToEachOther() {
        Market m = started();
        m.placeOrder(0, Side.BUY, 5_000, 100);
        assertThat(m.placeOrder(0, Side.SELL, 7_000, 101).code()).isEqualTo(ResultCode.INSUFFICIENT_CAPACITY);
        OrderReceipt ask = m.placeOrder(0, Side.SELL, 4_000, 40);
        assertThat(ask.code()).isEqualTo(ResultCode.OK);
        assertThat(m.firm(0).reservedCapacity()).isEqualTo(40);
        OrderReceipt bid = m.placeOrder(1, Side.BUY, 4_500, 10);
        assertThat(bid.fills()).containsExactly(new Fill(ask.orderId(), bid.orderId(), 1, 0, 4_000, 10));
        assertThat(m.firm(0).capacity()).isEqualTo(90);
        assertThat(m.firm(1).capacity()).isEqualTo(10);
        assertThat(m.cancelOrder(1, ask.orderId())).isEqualTo(ResultCode.NOT_ORDER_OWNER);
        assertThat(m.cancelOrder(0, ask.orderId())).isEqualTo(ResultCode.OK);
        assertThat(m.firm(0).reservedCapacity()).isZero();
    }

    @Test
    void aBidTheCashCannotCoverIsRejectedNotClipped() {
        Market m = started();
        long hash = m.stateHash();
        OrderReceipt r = m.placeOrder(0, Side.BUY, 9_000, 1_200);
        assertThat(r.code()).isEqualTo(ResultCode.INSUFFICIENT_CASH);
        assertThat(m.stateHash()).isEqualTo(hash);
    }

    @Test
    void aFirmWhoseCashFallsBelowZeroGoesBankruptAndItsUsersReturnToThePool() {
        Market m = started();
        m.setDecisions(0, new Decisions(10, 0, m.firm(0).cash() + 1));
        RoundReport report = m.settleRound();
        assertThat(report.firms().get(0).status()).isEqualTo(FirmStatus.BANKRUPT);
        assertThat(m.firm(0).users()).isZero();
        assertThat(m.firm(0).exitRound()).isEqualTo(1);
        assertThat(report.indicators().bankruptcies()).isEqualTo(1);
        assertThat(report.indicators().hhi()).isEqualTo(10_000);
        long hash = m.stateHash();
        assertThat(m.placeOrder(0, Side.BUY, 5_000, 1).code()).isEqualTo(ResultCode.FIRM_BANKRUPT);
        assertThat(m.setDecisions(0, new Decisions(1, 1, 1))).isEqualTo(ResultCode.FIRM_BANKRUPT);
        assertThat(m.stateHash()).isEqualTo(hash);
    }

    @Test
    void theMatchFinishesAfterTheLastRoundAndRanksByCash() {
        Market m = started();
        m.setDecisions(1, new Decisions(10, 0, 100_000));
        for (int i = 0; i < 3; i++) {
            assertThat(m.settleRound()).isNotNull();
        }
        assertThat(m.phase()).isEqualTo(MarketPhase.FINISHED);
        assertThat(m.settleRound()).isNull();
        assertThat(m.placeOrder(0, Side.BUY, 5_000, 1).code()).isEqualTo(ResultCode.MATCH_FINISHED);
        List<Standing> standings = Standings.rank(m.firms());
        assertThat(standings.get(0).name()).isEqualTo("alpha");
        assertThat(standings.get(0).rank()).isEqualTo(1);
    }

    @Test
    void qualityCompoundsWithRndAndDecaysWithout() {
        Market m = started();
        m.setDecisions(0, new Decisions(10, 0, 1_000_000));
        m.settleRound();
        assertThat(m.firm(0).quality()).isCloseTo(0.98 + 0.0001 * 1_000, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.firm(1).quality()).isCloseTo(0.98, org.assertj.core.data.Offset.offset(1e-12));
    }

    static List<Arguments> badOrders() {
        return List.of(
                Arguments.of(0, Side.BUY, 5_000L, 0L, ResultCode.INVALID_QUANTITY),
                Arguments.of(0, Side.BUY, 5_000L, -3L, ResultCode.INVALID_QUANTITY),
                Arguments.of(0, Side.BUY, 5_000L, Long.MAX_VALUE, ResultCode.INVALID_QUANTITY),
                Arguments.of(0, Side.BUY, 0L, 1L, ResultCode.INVALID_PRICE),
                Arguments.of(0, Side.SELL, -1L, 1L, ResultCode.INVALID_PRICE),
                Arguments.of(0, Side.BUY, Long.MAX_VALUE, 1L, ResultCode.INVALID_PRICE),
                Arguments.of(0, Side.BUY, Limits.MAX_PRICE, Limits.MAX_QUANTITY, ResultCode.INSUFFICIENT_CASH),
                Arguments.of(7, Side.BUY, 5_000L, 1L, ResultCode.UNKNOWN_FIRM),
                Arguments.of(-1, Side.BUY, 5_000L, 1L, ResultCode.UNKNOWN_FIRM),
                Arguments.of(1, Side.SELL, 5_000L, 1L, ResultCode.INSUFFICIENT_CAPACITY));
    }

    @ParameterizedTest
    @MethodSource("badOrders")
    void badOrdersGetASpecificCodeAndChangeNothing(int firm, Side side, long price, long qty, ResultCode expected) {
        Market m = started();
        long hash = m.stateHash();
        assertThat(m.placeOrder(firm, side, price, qty).code()).isEqualTo(expected);
        assertThat(m.stateHash()).isEqualTo(hash);
    }

    static List<Arguments> badDecisions() {
        return List.of(
                Arguments.of(new Decisions(-1, 0, 0), ResultCode.INVALID_DECISION_PRICE),
                Arguments.of(new Decisions(Limits.MAX_POSTED_PRICE + 1, 0, 0), ResultCode.INVALID_DECISION_PRICE),
                Arguments.of(new Decisions(10, -5, 0), ResultCode.INVALID_BOUNTY),
                Arguments.of(new Decisions(10, Long.MAX_VALUE, 0), ResultCode.INVALID_BOUNTY),
                Arguments.of(new Decisions(10, 0, -1), ResultCode.INVALID_RND),
                Arguments.of(new Decisions(10, 0, Long.MAX_VALUE), ResultCode.INVALID_RND));
    }

    @ParameterizedTest
    @MethodSource("badDecisions")
    void badDecisionsGetASpecificCodeAndChangeNothing(Decisions decisions, ResultCode expected) {
        Market m = started();
        long hash = m.stateHash();
        assertThat(m.setDecisions(0, decisions)).isEqualTo(expected);
        assertThat(m.setDecisions(5, new Decisions(1, 1, 1))).isEqualTo(ResultCode.UNKNOWN_FIRM);
        assertThat(m.cancelOrder(0, 999_999)).isEqualTo(ResultCode.UNKNOWN_ORDER);
        assertThat(m.stateHash()).isEqualTo(hash);
    }

    @Test
    void invalidConfigurationsNameTheField() {
        MarketConfig bad = MarketConfig.defaults().withMaxFirms(40);
        assertThat(bad.validate()).extracting(ConfigProblem::field).containsExactly("maxFirms");
    }
}
