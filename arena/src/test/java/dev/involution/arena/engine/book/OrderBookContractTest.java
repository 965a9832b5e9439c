package dev.involution.arena.engine.book;

import dev.involution.arena.engine.Limits;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.book.BookProbe.Fill;
import dev.involution.arena.engine.book.BookProbe.Level;
import dev.involution.arena.engine.book.BookProbe.Resting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.involution.arena.engine.book.BookProbe.depth;
import static dev.involution.arena.engine.book.BookProbe.lookup;
import static dev.involution.arena.engine.book.BookProbe.orders;
import static dev.involution.arena.engine.book.BookProbe.fillsInto;
import static dev.involution.arena.engine.book.BookProbe.ordersInto;
import static dev.involution.arena.engine.book.Side.BUY;
import static dev.involution.arena.engine.book.Side.SELL;
import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link OrderBook} must have; run once per implementation. */
abstract class OrderBookContractTest {
    private static final int ALICE = 0;
    private static final int BOB = 1;
    private static final int CAROL = 2;
    private static final int FARM = OrderBook.FARM;

    private OrderBook book;
    private final List<Fill> fills = new ArrayList<>();

    protected abstract OrderBook newBook();

    @BeforeEach
    void setUp() {
        book = newBook();
    }

    private ResultCode place(long id, int owner, Side side, long price, long quantity) {
        fills.clear();
        return book.place(id, owner, side, price, quantity, fillsInto(fills));
    }

    private void rest(long id, int owner, Side side, long price, long quantity) {
        assertThat(place(id, owner, side, price, quantity)).isEqualTo(ResultCode.OK);
        assertThat(fills).isEmpty();
    }

    private static Fill fill(long maker, int makerOwner, long taker, int takerOwner, Side takerSide, long price, long qty) {
        return new Fill(maker, makerOwner, taker, takerOwner, takerSide, price, qty);
    }

    private void assertEmpty() {
        assertThat(book.bestBid()).isZero();
        assertThat(book.bestAsk()).isEqualTo(Long.MAX_VALUE);
        assertThat(book.size()).isZero();
        assertThat(orders(book)).isEmpty();
        assertThat(depth(book, BUY, 10)).isEmpty();
        assertThat(depth(book, SELL, 10)).isEmpty();
        assertThat(book.stateHash()).isEqualTo(newBook().stateHash());
    }

    @Test
    void anEmptyBookHasNoQuotesAndNoOrders() {
        assertEmpty();
        assertThat(lookup(book, 1)).isNull();
    }

    @Test
    void ordersThatDoNotCrossRestAndSetTheQuotes() {
        rest(1, ALICE, BUY, 99, 5);
        rest(2, BOB, BUY, 100, 3);
        rest(3, CAROL, SELL, 102, 4);
        rest(4, FARM, SELL, 101, 7);

        assertThat(book.bestBid()).isEqualTo(100);
        assertThat(book.bestAsk()).isEqualTo(101);
        assertThat(book.size()).isEqualTo(4);
        assertThat(lookup(book, 4)).isEqualTo(new Resting(4, FARM, SELL, 101, 7));
    }

    @Test
    void anOrderAtTheLimitButNotBeyondDoesNotTrade() {
        rest(1, ALICE, SELL, 101, 5);
        rest(2, BOB, BUY, 100, 5);
        assertThat(book.size()).isEqualTo(2);
    }

    @Test
    void aSmallBidPartlyFillsTheRestingAsk() {
        rest(1, FARM, SELL, 100, 10);

        assertThat(place(2, ALICE, BUY, 100, 4)).isEqualTo(ResultCode.OK);

        assertThat(fills).containsExactly(fill(1, FARM, 2, ALICE, BUY, 100, 4));
        assertThat(orders(book)).containsExactly(new Resting(1, FARM, SELL, 100, 6));
        assertThat(lookup(book, 2)).isNull();
    }

    @Test
    void theUnfilledRemainderOfABidRests() {
        rest(1, FARM, SELL, 100, 5);

        assertThat(place(2, ALICE, BUY, 101, 8)).isEqualTo(ResultCode.OK);

        assertThat(fills).containsExactly(fill(1, FARM, 2, ALICE, BUY, 100, 5));
        assertThat(orders(book)).containsExactly(new Resting(2, ALICE, BUY, 101, 3));
        assertThat(book.bestBid()).isEqualTo(101);
        assertThat(book.bestAsk()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void tradesHappenAtTheRestingOrdersPrice() {
        rest(1, FARM, SELL, 100, 5);
        place(2, ALICE, BUY, 150, 5);
        assertThat(fills).containsExactly(fill(1, FARM, 2, ALICE, BUY, 100, 5));

        rest(3, BOB, BUY, 120, 5);
        place(4, CAROL, SELL, 90, 5);
        assertThat(fills).containsExactly(fill(3, BOB, 4, CAROL, SELL, 120, 5));
        assertThat(book.size()).isZero();
    }

    @Test
    void betterPricesTradeFirstThenEarlierOrders() {
        rest(1, ALICE, SELL, 101, 5);
        rest(2, BOB, SELL, 100, 5);
        rest(3, CAROL, SELL, 100, 5);
        rest(4, FARM, SELL, 102, 5);

        assertThat(place(5, 7, BUY, 101, 12)).isEqualTo(ResultCode.OK);

        assertThat(fills).containsExactly(
                fill(2, BOB, 5, 7, BUY, 100, 5),
                fill(3, CAROL, 5, 7, BUY, 100, 5),
                fill(1, ALICE, 5, 7, BUY, 101, 2));
        assertThat(orders(book)).containsExactly(
                new Resting(1, ALICE, SELL, 101, 3),
                new Resting(4, FARM, SELL, 102, 5));
    }

    @Test
    void aSellSweepsBidsFromTheHighestDown() {
        rest(1, ALICE, BUY, 99, 5);
        rest(2, BOB, BUY, 100, 5);
        rest(3, CAROL, BUY, 100, 5);

        assertThat(place(4, FARM, SELL, 99, 20)).isEqualTo(ResultCode.OK);

        assertThat(fills).containsExactly(
                fill(2, BOB, 4, FARM, SELL, 100, 5),
                fill(3, CAROL, 4, FARM, SELL, 100, 5),
                fill(1, ALICE, 4, FARM, SELL, 99, 5));
        assertThat(orders(book)).containsExactly(new Resting(4, FARM, SELL, 99, 5));
    }

    @Test
    void aBidThatWouldReachItsOwnersAskIsRejectedWhole() {
        rest(1, ALICE, SELL, 100, 5);
        rest(2, BOB, SELL, 101, 5);
        long hash = book.stateHash();

        assertThat(place(3, BOB, BUY, 101, 6)).isEqualTo(ResultCode.SELF_TRADE);

        assertThat(fills).isEmpty();
        assertThat(book.stateHash()).isEqualTo(hash);
        assertThat(book.size()).isEqualTo(2);
    }

    @Test
    void anOwnOrderThatWouldNotBeReachedDoesNotBlockTheTrade() {
        rest(1, ALICE, SELL, 100, 5);
        rest(2, BOB, SELL, 100, 5);
        rest(3, BOB, SELL, 101, 5);

        assertThat(place(4, BOB, BUY, 100, 5)).isEqualTo(ResultCode.OK);
        assertThat(fills).containsExactly(fill(1, ALICE, 4, BOB, BUY, 100, 5));
    }

    @Test
    void anOwnOrderBeyondTheLimitDoesNotBlockTheTrade() {
        rest(1, ALICE, SELL, 100, 5);
        rest(2, BOB, SELL, 101, 5);

        assertThat(place(3, BOB, BUY, 100, 10)).isEqualTo(ResultCode.OK);
        assertThat(fills).containsExactly(fill(1, ALICE, 3, BOB, BUY, 100, 5));
        assertThat(orders(book)).containsExactly(
                new Resting(3, BOB, BUY, 100, 5),
                new Resting(2, BOB, SELL, 101, 5));
    }

    @Test
    void theFarmIsAnOwnerLikeAnyOther() {
        rest(1, FARM, SELL, 100, 5);
        assertThat(place(2, FARM, BUY, 100, 1)).isEqualTo(ResultCode.SELF_TRADE);
        assertThat(place(3, ALICE, BUY, 100, 1)).isEqualTo(ResultCode.OK);
        assertThat(fills).containsExactly(fill(1, FARM, 3, ALICE, BUY, 100, 1));
        assertThat(book.cancel(1, ALICE, OrderVisitor.IGNORE)).isEqualTo(ResultCode.NOT_ORDER_OWNER);
        assertThat(book.cancel(1, FARM, OrderVisitor.IGNORE)).isEqualTo(ResultCode.OK);
    }

    @Test
    void cancelReportsAndRemovesOnlyThatOrder() {
        rest(1, ALICE, BUY, 100, 5);
        rest(2, BOB, BUY, 100, 6);
        rest(3, ALICE, BUY, 100, 7);
        List<Resting> removed = new ArrayList<>();

        assertThat(book.cancel(2, BOB, ordersInto(removed))).isEqualTo(ResultCode.OK);

        assertThat(removed).containsExactly(new Resting(2, BOB, BUY, 100, 6));
        assertThat(orders(book)).containsExactly(
                new Resting(1, ALICE, BUY, 100, 5),
                new Resting(3, ALICE, BUY, 100, 7));
        assertThat(depth(book, BUY, 5)).containsExactly(new Level(100, 12, 2));
        assertThat(lookup(book, 2)).isNull();
    }

    @Test
    void cancellingTheLastOrderOfALevelRemovesTheLevel() {
        rest(1, ALICE, SELL, 100, 5);
        rest(2, ALICE, SELL, 101, 5);
        rest(3, ALICE, SELL, 102, 5);

        assertThat(book.cancel(2, ALICE, OrderVisitor.IGNORE)).isEqualTo(ResultCode.OK);
        assertThat(depth(book, SELL, 5)).containsExactly(new Level(100, 5, 1), new Level(102, 5, 1));
        assertThat(book.cancel(1, ALICE, OrderVisitor.IGNORE)).isEqualTo(ResultCode.OK);
        assertThat(book.bestAsk()).isEqualTo(102);

        rest(4, BOB, SELL, 101, 1);
        assertThat(depth(book, SELL, 5)).containsExactly(new Level(101, 1, 1), new Level(102, 5, 1));
    }

    @Test
    void cancelRejectsUnknownOrdersAndOtherFirmsOrders() {
        rest(1, ALICE, BUY, 100, 5);
        List<Resting> removed = new ArrayList<>();

        assertThat(book.cancel(99, ALICE, ordersInto(removed))).isEqualTo(ResultCode.UNKNOWN_ORDER);
        assertThat(book.cancel(1, BOB, ordersInto(removed))).isEqualTo(ResultCode.NOT_ORDER_OWNER);
        assertThat(book.cancel(1, ALICE, ordersInto(removed))).isEqualTo(ResultCode.OK);
        assertThat(book.cancel(1, ALICE, ordersInto(removed))).isEqualTo(ResultCode.UNKNOWN_ORDER);
        assertThat(removed).hasSize(1);
    }

    @Test
    void aFilledOrdersIdCanBeUsedAgain() {
        rest(1, ALICE, SELL, 100, 5);
        place(2, BOB, BUY, 100, 5);
        assertThat(book.cancel(1, ALICE, OrderVisitor.IGNORE)).isEqualTo(ResultCode.UNKNOWN_ORDER);
        rest(1, CAROL, BUY, 90, 1);
        assertThat(lookup(book, 1)).isEqualTo(new Resting(1, CAROL, BUY, 90, 1));
    }

    @Test
    void expiryReportsEveryOrderInPriorityOrderThenEmptiesTheBook() {
        rest(1, ALICE, BUY, 99, 1);
        rest(2, BOB, BUY, 100, 2);
        rest(3, CAROL, BUY, 99, 3);
        rest(4, FARM, SELL, 102, 4);
        rest(5, FARM, SELL, 101, 5);
        rest(6, ALICE, SELL, 101, 6);
        List<Resting> expired = new ArrayList<>();

        book.expireAll(ordersInto(expired));

        assertThat(expired).containsExactly(
                new Resting(2, BOB, BUY, 100, 2),
                new Resting(1, ALICE, BUY, 99, 1),
                new Resting(3, CAROL, BUY, 99, 3),
                new Resting(5, FARM, SELL, 101, 5),
                new Resting(6, ALICE, SELL, 101, 6),
                new Resting(4, FARM, SELL, 102, 4));
        assertEmpty();

        rest(1, ALICE, SELL, 100, 1);
        assertThat(place(7, BOB, BUY, 100, 1)).isEqualTo(ResultCode.OK);
        assertThat(fills).containsExactly(fill(1, ALICE, 7, BOB, BUY, 100, 1));
    }

    @Test
    void depthAggregatesLevelsBestFirst() {
        rest(1, ALICE, BUY, 98, 1);
        rest(2, BOB, BUY, 100, 2);
        rest(3, CAROL, BUY, 100, 3);
        rest(4, FARM, BUY, 99, 4);
        rest(5, FARM, SELL, 103, 5);
        rest(6, FARM, SELL, 101, 6);

        assertThat(depth(book, BUY, 10)).containsExactly(new Level(100, 5, 2), new Level(99, 4, 1), new Level(98, 1, 1));
        assertThat(depth(book, BUY, 2)).containsExactly(new Level(100, 5, 2), new Level(99, 4, 1));
        assertThat(depth(book, SELL, 10)).containsExactly(new Level(101, 6, 1), new Level(103, 5, 1));
        assertThat(depth(book, SELL, 0)).isEmpty();
        assertThat(depth(book, SELL, -1)).isEmpty();

        place(7, ALICE, SELL, 100, 4);
        assertThat(depth(book, BUY, 1)).containsExactly(new Level(100, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Limits.MAX_QUANTITY + 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void quantitiesOutsideOneToTheMaximumAreRejected(long quantity) {
        rest(1, ALICE, SELL, 100, 5);
        long hash = book.stateHash();

        assertThat(place(2, BOB, BUY, 100, quantity)).isEqualTo(ResultCode.INVALID_QUANTITY);
        // quantity is checked before price, id and self-trade
        assertThat(place(1, ALICE, BUY, -5, quantity)).isEqualTo(ResultCode.INVALID_QUANTITY);

        assertThat(fills).isEmpty();
        assertThat(book.stateHash()).isEqualTo(hash);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Limits.MAX_PRICE + 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void pricesOutsideOneToTheMaximumAreRejected(long price) {
        rest(1, ALICE, BUY, 100, 5);
        long hash = book.stateHash();

        assertThat(place(2, BOB, SELL, price, 5)).isEqualTo(ResultCode.INVALID_PRICE);
        // price is checked before id and self-trade
        assertThat(place(1, ALICE, SELL, price, 5)).isEqualTo(ResultCode.INVALID_PRICE);

        assertThat(fills).isEmpty();
        assertThat(book.stateHash()).isEqualTo(hash);
    }

    @Test
    void aRestingIdCannotBePlacedAgain() {
        rest(1, ALICE, SELL, 100, 5);
        long hash = book.stateHash();

        assertThat(place(1, BOB, BUY, 100, 5)).isEqualTo(ResultCode.DUPLICATE_ORDER_ID);
        // duplicate id is checked before self-trade
        assertThat(place(1, ALICE, BUY, 100, 5)).isEqualTo(ResultCode.DUPLICATE_ORDER_ID);

        assertThat(fills).isEmpty();
        assertThat(book.stateHash()).isEqualTo(hash);
    }

    @Test
    void everyRejectionLeavesTheStateHashUnchanged() {
        rest(1, ALICE, SELL, 100, 5);
        rest(2, BOB, SELL, 101, 5);
        rest(3, CAROL, BUY, 99, 5);
        long hash = book.stateHash();

        assertThat(place(4, ALICE, BUY, 100, 0)).isEqualTo(ResultCode.INVALID_QUANTITY);
        assertThat(place(4, ALICE, BUY, 0, 1)).isEqualTo(ResultCode.INVALID_PRICE);
        assertThat(place(3, ALICE, BUY, 100, 1)).isEqualTo(ResultCode.DUPLICATE_ORDER_ID);
        assertThat(place(4, BOB, BUY, 101, 6)).isEqualTo(ResultCode.SELF_TRADE);
        assertThat(place(4, CAROL, SELL, 99, 1)).isEqualTo(ResultCode.SELF_TRADE);
        assertThat(book.cancel(4, ALICE, OrderVisitor.IGNORE)).isEqualTo(ResultCode.UNKNOWN_ORDER);
        assertThat(book.cancel(1, BOB, OrderVisitor.IGNORE)).isEqualTo(ResultCode.NOT_ORDER_OWNER);

        assertThat(fills).isEmpty();
        assertThat(book.stateHash()).isEqualTo(hash);
        assertThat(book.size()).isEqualTo(3);
    }

    @Test
    void theLargestOrdersTradeWithoutOverflow() {
        for (long id = 1; id <= 5; id++) {
            rest(id, FARM, SELL, Limits.MAX_PRICE, Limits.MAX_QUANTITY);
        }
        assertThat(depth(book, SELL, 1)).containsExactly(new Level(Limits.MAX_PRICE, 5 * Limits.MAX_QUANTITY, 5));

        assertThat(place(9, ALICE, BUY, Limits.MAX_PRICE, Limits.MAX_QUANTITY)).isEqualTo(ResultCode.OK);
        assertThat(fills).containsExactly(fill(1, FARM, 9, ALICE, BUY, Limits.MAX_PRICE, Limits.MAX_QUANTITY));
        assertThat(depth(book, SELL, 1)).containsExactly(new Level(Limits.MAX_PRICE, 4 * Limits.MAX_QUANTITY, 4));

        rest(10, BOB, BUY, 1, 1);
        assertThat(book.bestBid()).isEqualTo(1);
        assertThat(place(11, CAROL, SELL, 1, Limits.MAX_QUANTITY)).isEqualTo(ResultCode.OK);
        assertThat(fills).containsExactly(fill(10, BOB, 11, CAROL, SELL, 1, 1));
        assertThat(lookup(book, 11)).isEqualTo(new Resting(11, CAROL, SELL, 1, Limits.MAX_QUANTITY - 1));
    }

    @Test
    void anyLongIsAnOrderId() {
        rest(0, ALICE, BUY, 100, 1);
        rest(-1, ALICE, BUY, 100, 1);
        rest(Long.MIN_VALUE, BOB, SELL, 101, 1);
        rest(Long.MAX_VALUE, BOB, SELL, 101, 1);

        assertThat(orders(book)).extracting(Resting::orderId).containsExactly(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(place(0, CAROL, BUY, 1, 1)).isEqualTo(ResultCode.DUPLICATE_ORDER_ID);
        assertThat(book.cancel(Long.MIN_VALUE, BOB, OrderVisitor.IGNORE)).isEqualTo(ResultCode.OK);
        assertThat(lookup(book, Long.MAX_VALUE)).isEqualTo(new Resting(Long.MAX_VALUE, BOB, SELL, 101, 1));
    }

    @Test
    void theStateHashDependsOnTimePriority() {
        rest(1, ALICE, BUY, 100, 1);
        rest(2, BOB, BUY, 100, 1);
        OrderBook other = newBook();
        other.place(2, BOB, BUY, 100, 1, FillListener.IGNORE);
        other.place(1, ALICE, BUY, 100, 1, FillListener.IGNORE);

        assertThat(other.stateHash()).isNotEqualTo(book.stateHash());
        other.cancel(2, BOB, OrderVisitor.IGNORE);
        other.place(2, BOB, BUY, 100, 1, FillListener.IGNORE);
        assertThat(other.stateHash()).isEqualTo(book.stateHash());
    }
}
