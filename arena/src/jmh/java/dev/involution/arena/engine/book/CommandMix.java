package dev.involution.arena.engine.book;

import dev.involution.arena.engine.ResultCode;

import java.util.SplittableRandom;

/**
 * A seeded, pre-generated stream of compute-auction commands for the order book benchmarks: about 70%
 * passive bids and asks behind the opposite best price, 20% cancels of resting orders and 10% orders
 * crossing the spread, with the book held to a bounded size (a passive place becomes a cancel when the
 * book is full). The size of the crossing orders sets how deep the book gets. Stored as primitive
 * columns so replaying it allocates nothing.
 *
 * <p>Every crossing order has an owner of its own, so no command is a self-trade and every book,
 * exchange-core's included (which has no self-trade check), does the same work.
 */
final class CommandMix {
    static final byte PASSIVE = 0;
    static final byte CANCEL = 1;
    static final byte CROSSING = 2;

    private static final long START_PRICE = 5_000;
    private static final int MAKERS = 64;

    final int length;
    final byte[] kinds;
    final long[] orderIds;
    final int[] owners;
    final boolean[] buys;
    final long[] prices;
    final long[] quantities;
    /** Units traded and orders left resting after the whole stream, to check a book did the work. */
    final long tradedQuantity;
    final int restingOrders;
    final int[] kindCounts = new int[3];
    /** Resting orders, averaged over the stream. */
    final double averageResting;

    private CommandMix(long seed, int length, int maxResting, int maxCrossingQuantity) {
        this.length = length;
        kinds = new byte[length];
        orderIds = new long[length];
        owners = new int[length];
        buys = new boolean[length];
        prices = new long[length];
        quantities = new long[length];

        SplittableRandom random = new SplittableRandom(seed);
        ReferenceOrderBook model = new ReferenceOrderBook();
        long[] traded = {0};
        FillListener volume = (maker, makerOwner, taker, takerOwner, side, price, quantity) -> traded[0] += quantity;
        // ids of orders that rested; some may since have been filled, which a cancel pick skips
        long[] live = new long[length];
        int[] liveOwners = new int[length];
        int liveCount = 0;
        long nextId = 1;
        int nextTaker = MAKERS;
        long restingSum = 0;

        for (int i = 0; i < length; i++) {
            restingSum += model.size();
            int roll = random.nextInt(100);
            byte kind = roll < 70 ? PASSIVE : roll < 90 ? CANCEL : CROSSING;
            if (kind == PASSIVE && model.size() >= maxResting) {
                kind = CANCEL;
            }
            if (kind == CANCEL && model.size() == 0) {
                kind = PASSIVE;
            }
            kinds[i] = kind;
            kindCounts[kind]++;
            if (kind == CANCEL) {
                while (true) {
                    int pick = random.nextInt(liveCount);
                    long id = live[pick];
                    int owner = liveOwners[pick];
                    live[pick] = live[--liveCount];
                    liveOwners[pick] = liveOwners[liveCount];
                    if (model.lookup(id, OrderVisitor.IGNORE)) {
                        orderIds[i] = id;
                        owners[i] = owner;
                        model.cancel(id, owner, OrderVisitor.IGNORE);
                        break;
                    }
                }
                continue;
            }
            boolean buy = random.nextBoolean();
            long price;
            long quantity;
            int owner;
            if (kind == PASSIVE) {
                long offset = 1 + random.nextInt(1 + random.nextInt(40));
                price = buy ? (model.bestAsk() == Long.MAX_VALUE ? START_PRICE : model.bestAsk()) - offset
                        : (model.bestBid() == 0 ? START_PRICE : model.bestBid()) + offset;
                quantity = 1 + random.nextInt(100);
                owner = random.nextInt(MAKERS);
            } else {
                long best = buy ? model.bestAsk() : model.bestBid();
                long reference = best == Long.MAX_VALUE || best == 0 ? START_PRICE : best;
                price = buy ? reference + random.nextInt(25) : reference - random.nextInt(25);
                quantity = 1 + random.nextInt(maxCrossingQuantity);
                owner = nextTaker++;
            }
            price = Math.max(1, price);
            long id = nextId++;
            orderIds[i] = id;
            owners[i] = owner;
            buys[i] = buy;
            prices[i] = price;
            quantities[i] = quantity;
            if (model.place(id, owner, buy ? Side.BUY : Side.SELL, price, quantity, volume) != ResultCode.OK) {
                throw new IllegalStateException("generated command " + i + " was rejected");
            }
            if (model.lookup(id, OrderVisitor.IGNORE)) {
                live[liveCount] = id;
                liveOwners[liveCount++] = owner;
            }
        }
        tradedQuantity = traded[0];
        restingOrders = model.size();
        averageResting = (double) restingSum / length;
    }

    /** Passive orders are 1..100 units; crossing orders of up to {@code maxCrossingQuantity} drain the book. */
    static CommandMix generate(long seed, int length, int maxResting, int maxCrossingQuantity) {
        return new CommandMix(seed, length, maxResting, maxCrossingQuantity);
    }

    String describe() {
        return String.format("%d commands: %.1f%% passive, %.1f%% cancel, %.1f%% crossing; %d units traded, %.0f orders resting on average, %d at the end",
                length, 100.0 * kindCounts[PASSIVE] / length, 100.0 * kindCounts[CANCEL] / length,
                100.0 * kindCounts[CROSSING] / length, tradedQuantity, averageResting, restingOrders);
    }
}
