package dev.involution.arena.engine.book;

import dev.involution.arena.engine.Limits;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.book.BookProbe.Cancel;
import dev.involution.arena.engine.book.BookProbe.Command;
import dev.involution.arena.engine.book.BookProbe.ExpireAll;
import dev.involution.arena.engine.book.BookProbe.Outcome;
import dev.involution.arena.engine.book.BookProbe.Place;
import dev.involution.arena.engine.book.BookProbe.Resting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static dev.involution.arena.engine.book.BookProbe.depth;
import static dev.involution.arena.engine.book.BookProbe.orders;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the same seeded random command stream to {@link FastOrderBook} and {@link ReferenceOrderBook}
 * and requires identical codes, fills, removals and resting orders after every command.
 */
class OrderBookEquivalenceTest {
    private static final int COMMANDS = 2_500;
    private static final long MID = 1_000;
    private static final int[] OWNERS = {OrderBook.FARM, 0, 1, 2, 3};
    private static final long[] BAD_NUMBERS = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, Limits.MAX_PRICE + 1};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fastBookMatchesTheReferenceBook(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OrderBook reference = new ReferenceOrderBook();
        OrderBook fast = new FastOrderBook(seed % 3 == 0 ? 1 : 256);
        Set<ResultCode> seen = EnumSet.noneOf(ResultCode.class);
        long fills = 0;
        long[] nextId = {1};
        List<Resting> resting = List.of();

        for (int step = 0; step < COMMANDS; step++) {
            Command command = nextCommand(random, resting, nextId);
            Outcome expected = command.applyTo(reference);
            Outcome actual = command.applyTo(fast);
            String where = "seed " + seed + ", step " + step + ": " + command;

            assertThat(actual).as(where).isEqualTo(expected);
            resting = orders(reference);
            assertThat(orders(fast)).as(where).isEqualTo(resting);
            assertThat(fast.stateHash()).as(where).isEqualTo(reference.stateHash());
            assertThat(fast.size()).as(where).isEqualTo(reference.size());
            assertThat(fast.bestBid()).as(where).isEqualTo(reference.bestBid());
            assertThat(fast.bestAsk()).as(where).isEqualTo(reference.bestAsk());
            for (Side side : Side.values()) {
                assertThat(depth(fast, side, 8)).as(where).isEqualTo(depth(reference, side, 8));
            }
            seen.add(expected.code());
            fills += expected.fills().size();
        }

        // the stream must reach every outcome the book can give, or the comparison proves little
        assertThat(seen).containsExactlyInAnyOrder(ResultCode.OK, ResultCode.INVALID_QUANTITY, ResultCode.INVALID_PRICE,
                ResultCode.DUPLICATE_ORDER_ID, ResultCode.SELF_TRADE, ResultCode.UNKNOWN_ORDER, ResultCode.NOT_ORDER_OWNER);
        assertThat(fills).isGreaterThan(COMMANDS / 10);
    }

    /** A command mix around a mid price of {@value #MID}: passive and crossing orders, cancels, mistakes. */
    private static Command nextCommand(SplittableRandom random, List<Resting> resting, long[] nextId) {
        int owner = OWNERS[random.nextInt(OWNERS.length)];
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        int sign = side == Side.BUY ? -1 : 1;
        long quantity = random.nextInt(10) == 0 ? 1 + random.nextInt(1_000) : 1 + random.nextInt(50);
        Resting target = resting.isEmpty() ? null : resting.get(random.nextInt(resting.size()));
        int roll = random.nextInt(100);
        if (resting.size() > 150 && roll < 55) {
            roll = 55; // keep the book bounded: cancel instead of placing
        }
        if (roll < 40) {
            return new Place(nextId[0]++, owner, side, MID + sign * (1 + random.nextInt(15)), quantity);
        } else if (roll < 55) {
            return new Place(nextId[0]++, owner, side, MID - sign * random.nextInt(20), quantity);
        } else if (roll < 75 && target != null) {
            int canceller = random.nextInt(7) == 0 ? OWNERS[random.nextInt(OWNERS.length)] : target.owner();
            return new Cancel(target.orderId(), canceller);
        } else if (roll < 80) {
            return new Cancel(random.nextLong(nextId[0] + 10), owner);
        } else if (roll < 85 && target != null) {
            return new Place(target.orderId(), owner, side, MID, quantity);
        } else if (roll < 93) {
            // a mistake: a bad price, a bad quantity, or both
            int mistake = random.nextInt(3);
            long price = mistake == 1 ? MID : BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
            long badQuantity = mistake == 0 ? quantity : BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
            return new Place(nextId[0]++, owner, side, price, badQuantity);
        } else if (roll < 99 && target != null) {
            // cross against a resting order's owner: often a self-trade
            Side against = target.side().opposite();
            long price = against == Side.BUY ? target.price() + random.nextInt(5) : target.price() - random.nextInt(5);
            return new Place(nextId[0]++, target.owner(), against, price, quantity * 3);
        } else if (roll == 99) {
            return new ExpireAll();
        }
        return new Place(nextId[0]++, owner, side, MID + sign * random.nextInt(30), quantity);
    }
}
