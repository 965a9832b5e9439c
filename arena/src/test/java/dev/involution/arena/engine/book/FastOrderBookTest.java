package dev.involution.arena.engine.book;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on a book sized for one order, so every test also exercises growth. */
class FastOrderBookTest extends OrderBookContractTest {
    @Override
    protected OrderBook newBook() {
        return new FastOrderBook(1);
    }

    @Test
    void growsFarBeyondItsExpectedSizeAndShrinksBack() {
        OrderBook fast = new FastOrderBook(1);
        OrderBook reference = new ReferenceOrderBook();
        for (int round = 0; round < 2; round++) {
            for (long id = 0; id < 5_000; id++) {
                Side side = id % 2 == 0 ? Side.BUY : Side.SELL;
                long price = side == Side.BUY ? 1_000 - id % 700 : 2_000 + id % 700;
                fast.place(id * 7919, (int) (id % 5), side, price, 1 + id % 9, FillListener.IGNORE);
                reference.place(id * 7919, (int) (id % 5), side, price, 1 + id % 9, FillListener.IGNORE);
            }
            assertThat(fast.size()).isEqualTo(5_000);
            assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
            for (long id = 0; id < 5_000; id += 3) {
                fast.cancel(id * 7919, (int) (id % 5), OrderVisitor.IGNORE);
                reference.cancel(id * 7919, (int) (id % 5), OrderVisitor.IGNORE);
            }
            assertThat(fast.size()).isEqualTo(reference.size());
            assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
            fast.expireAll(OrderVisitor.IGNORE);
            reference.expireAll(OrderVisitor.IGNORE);
            assertThat(fast.size()).isZero();
        }
    }

    @Test
    void needsRoomForAtLeastOneOrder() {
        assertThatThrownBy(() -> new FastOrderBook(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
