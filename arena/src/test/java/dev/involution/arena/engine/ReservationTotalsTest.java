package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.book.FastOrderBook;
import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.book.ReferenceOrderBook;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each firm's reservations are running totals kept by the book's events (place, fill, cancel,
 * round end): after every command of a seeded random stream they must equal a full recount of the
 * firm's resting orders, on the reference book and the fast book alike, and both markets must
 * agree. The stream mixes passive and crossing bids and asks, cancels, settlements, share caps
 * (the rule that reads the reserved units) and restores of the fast book's market from a snapshot.
 */
class ReservationTotalsTest {
    private static final int COMMANDS = 1_500;
    private static final int FIRMS = 4;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void runningTotalsEqualARecountOnBothBooks(long seed) {
        MarketConfig config = MarketConfig.defaults().withRounds(12).withMaxFirms(FIRMS);
        Market[] markets = {new Market(config, seed, new ReferenceOrderBook()), new Market(config, seed,
                new FastOrderBook(seed % 2 == 0 ? 1 : 64))};
        for (Market m : markets) {
            for (int f = 0; f < FIRMS; f++) {
                m.join("firm " + f);
            }
            m.start();
        }
        SplittableRandom random = new SplittableRandom(seed);
        Set<ResultCode> seen = EnumSet.noneOf(ResultCode.class);
        long fills = 0;
        for (int step = 0; step < COMMANDS && markets[0].phase() == MarketPhase.RUNNING; step++) {
            int roll = random.nextInt(100);
            int firm = random.nextInt(FIRMS);
            String where = "seed " + seed + ", step " + step;
            if (roll < 1) {
                for (Market m : markets) {
                    m.settleRound();
                }
            } else if (roll < 3) {
                Intervention cap = new Intervention(0, InterventionKind.SHARE_CAP, firm, 0,
                        markets[0].round(), markets[0].round(), "test cap", List.of());
                for (Market m : markets) {
                    m.impose(cap);
                }
            } else if (roll < 5) {
                markets[1] = Market.restore(markets[1].snapshot()); // a restored market recounts from its book
            } else if (roll < 25) {
                List<Long> own = ownOrders(markets[0].book(), firm);
                long orderId = own.isEmpty() || random.nextInt(5) == 0
                        ? 1 + random.nextLong(1_000) : own.get(random.nextInt(own.size()));
                ResultCode first = markets[0].cancelOrder(firm, orderId);
                assertThat(markets[1].cancelOrder(firm, orderId)).as(where).isEqualTo(first);
                seen.add(first);
            } else {
                Side side = random.nextInt(3) == 0 ? Side.SELL : Side.BUY;
                long price = side == Side.BUY ? 4_000 + random.nextLong(2_500) : 4_500 + random.nextLong(2_000);
                long quantity = 1 + random.nextLong(random.nextInt(10) == 0 ? 400 : 40);
                OrderReceipt first = markets[0].placeOrder(firm, side, price, quantity);
                assertThat(markets[1].placeOrder(firm, side, price, quantity)).as(where).isEqualTo(first);
                seen.add(first.code());
                fills += first.fills().size();
            }
            assertThat(markets[1].stateHash()).as(where).isEqualTo(markets[0].stateHash());
            for (Market m : markets) {
                assertTotalsAreARecount(m, where);
            }
        }
        // the stream must reach the outcomes that move the totals, or the comparison proves little
        assertThat(seen).contains(ResultCode.OK, ResultCode.UNKNOWN_ORDER, ResultCode.SHARE_CAP_REACHED);
        assertThat(fills).isGreaterThan(50);
    }

    private static void assertTotalsAreARecount(Market m, String where) {
        long[] cash = new long[FIRMS];
        long[] units = new long[FIRMS];
        long[] asked = new long[FIRMS];
        m.book().forEachOrder((id, owner, side, price, remaining) -> {
            if (owner == OrderBook.FARM) {
                return;
            }
            if (side == Side.BUY) {
                cash[owner] += price * remaining;
                units[owner] += remaining;
            } else {
                asked[owner] += remaining;
            }
        });
        for (int f = 0; f < FIRMS; f++) {
            assertThat(m.reservedCash(f)).as(where + ", firm " + f + " cash").isEqualTo(cash[f]);
            assertThat(m.firm(f).reservedCash()).as(where).isEqualTo(cash[f]);
            assertThat(m.reservedUnits(f)).as(where + ", firm " + f + " units").isEqualTo(units[f]);
            assertThat(m.reservedCapacity(f)).as(where + ", firm " + f + " capacity").isEqualTo(asked[f]);
        }
    }

    private static List<Long> ownOrders(OrderBook book, int firm) {
        List<Long> ids = new ArrayList<>();
        book.forEachOrder((id, owner, side, price, remaining) -> {
            if (owner == firm) {
                ids.add(id);
            }
        });
        return ids;
    }
}
