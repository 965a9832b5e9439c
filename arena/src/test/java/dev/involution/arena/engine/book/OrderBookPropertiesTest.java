package dev.involution.arena.engine.book;

import dev.involution.arena.engine.Limits;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.book.BookProbe.Cancel;
import dev.involution.arena.engine.book.BookProbe.Command;
import dev.involution.arena.engine.book.BookProbe.ExpireAll;
import dev.involution.arena.engine.book.BookProbe.Fill;
import dev.involution.arena.engine.book.BookProbe.Outcome;
import dev.involution.arena.engine.book.BookProbe.Place;
import dev.involution.arena.engine.book.BookProbe.Resting;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

import static dev.involution.arena.engine.book.BookProbe.expectedFills;
import static dev.involution.arena.engine.book.BookProbe.orders;
import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the compute auction, checked after every command of generated streams, on both books. */
class OrderBookPropertiesTest {

    @Provide
    Arbitrary<OrderBook> books() {
        return Arbitraries.ofSuppliers(ReferenceOrderBook::new, () -> new FastOrderBook(2));
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        Arbitrary<Long> ids = Arbitraries.longs().between(1, 40);
        Arbitrary<Integer> owners = Arbitraries.of(OrderBook.FARM, 0, 1, 2);
        Arbitrary<Long> prices = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.longs().between(95, 105)),
                Tuple.of(1, Arbitraries.of(0L, -3L, Limits.MAX_PRICE + 1, Long.MIN_VALUE)));
        Arbitrary<Long> quantities = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.longs().between(1, 20)),
                Tuple.of(1, Arbitraries.of(0L, -1L, Limits.MAX_QUANTITY + 1, Long.MAX_VALUE)));
        Arbitrary<Command> place = Combinators.combine(ids, owners, Arbitraries.of(Side.class), prices, quantities)
                .as(Place::new);
        Arbitrary<Command> cancel = Combinators.combine(ids, owners).as(Cancel::new);
        Arbitrary<Command> expire = Arbitraries.just(new ExpireAll());
        return Arbitraries.frequencyOf(
                Tuple.of(14, place),
                Tuple.of(5, cancel),
                Tuple.of(1, expire)).list().ofMaxSize(200).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 500)
    void theBookIsNeverCrossed(@ForAll("books") OrderBook book, @ForAll("commands") List<Command> commands) {
        for (Command command : commands) {
            command.applyTo(book);
            assertThat(book.bestBid()).as(command.toString()).isLessThan(book.bestAsk());
        }
    }

    @Property(tries = 500)
    void quantityIsConserved(@ForAll("books") OrderBook book, @ForAll("commands") List<Command> commands) {
        long placed = 0;
        long traded = 0;
        long removed = 0;
        for (Command command : commands) {
            Outcome outcome = command.applyTo(book);
            if (command instanceof Place p && outcome.code().ok()) {
                placed += p.quantity();
                long takerFilled = outcome.fills().stream().mapToLong(Fill::quantity).sum();
                assertThat(takerFilled).as(command.toString()).isLessThanOrEqualTo(p.quantity());
            }
            assertThat(outcome.fills()).allSatisfy(fill -> assertThat(fill.quantity()).isPositive());
            traded += outcome.fills().stream().mapToLong(Fill::quantity).sum();
            removed += outcome.removed().stream().mapToLong(Resting::remaining).sum();
            long resting = orders(book).stream().mapToLong(Resting::remaining).sum();

            // each unit traded leaves both the buyer's and the seller's order
            assertThat(placed).as(command.toString()).isEqualTo(2 * traded + resting + removed);
        }
    }

    @Property(tries = 500)
    void cancelRemovesExactlyOneOrderAndExpiryRemovesAll(@ForAll("books") OrderBook book,
                                                          @ForAll("commands") List<Command> commands) {
        for (Command command : commands) {
            List<Resting> before = orders(book);
            Outcome outcome = command.applyTo(book);
            List<Resting> after = orders(book);
            if (command instanceof Cancel c) {
                if (outcome.code().ok()) {
                    assertThat(outcome.removed()).hasSize(1);
                    Resting gone = outcome.removed().get(0);
                    assertThat(gone.orderId()).isEqualTo(c.orderId());
                    List<Resting> expected = new ArrayList<>(before);
                    assertThat(expected.remove(gone)).isTrue();
                    assertThat(after).isEqualTo(expected);
                    assertThat(book.size()).isEqualTo(before.size() - 1);
                } else {
                    assertThat(outcome.removed()).isEmpty();
                    assertThat(after).isEqualTo(before);
                }
            } else if (command instanceof ExpireAll) {
                assertThat(outcome.removed()).isEqualTo(before);
                assertThat(after).isEmpty();
            }
        }
    }

    @Property(tries = 500)
    void fillsFollowPriceTimePriority(@ForAll("books") OrderBook book, @ForAll("commands") List<Command> commands) {
        for (Command command : commands) {
            List<Resting> before = orders(book);
            Outcome outcome = command.applyTo(book);
            if (command instanceof Place p && outcome.code() != ResultCode.INVALID_QUANTITY
                    && outcome.code() != ResultCode.INVALID_PRICE && outcome.code() != ResultCode.DUPLICATE_ORDER_ID) {
                List<Fill> expected = expectedFills(before, p);
                if (expected == null) {
                    assertThat(outcome.code()).as(command.toString()).isEqualTo(ResultCode.SELF_TRADE);
                } else {
                    assertThat(outcome.code()).as(command.toString()).isEqualTo(ResultCode.OK);
                    assertThat(outcome.fills()).as(command.toString()).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 500)
    void rejectionsChangeNothing(@ForAll("books") OrderBook book, @ForAll("commands") List<Command> commands) {
        for (Command command : commands) {
            long hash = book.stateHash();
            Outcome outcome = command.applyTo(book);
            if (!outcome.code().ok()) {
                assertThat(outcome.fills()).isEmpty();
                assertThat(outcome.removed()).isEmpty();
                assertThat(book.stateHash()).as(command.toString()).isEqualTo(hash);
            }
        }
    }
}
