package dev.involution.arena.engine.book;

import dev.involution.arena.engine.Limits;
import dev.involution.arena.engine.ResultCode;

import java.util.Arrays;

/**
 * The compute order book the match runs on: same behaviour as {@link ReferenceOrderBook}, but nothing
 * is boxed or allocated on the order path once the arrays are big enough.
 *
 * <p>Resting orders live in a pool of parallel primitive arrays indexed by slot; the orders of one
 * price level form a FIFO list through {@code next}/{@code prev} slot links. Each side keeps its price
 * levels in sorted primitive arrays with the best level at the end, so trading away the best level and
 * placing near the top move little data. Order ids map to slots through an open-addressing table.
 * Arrays start at the expected size and double when full.
 */
public final class FastOrderBook implements OrderBook {
    private static final int NIL = -1;

    private long[] orderIds;
    private int[] owners;
    private boolean[] buys;
    private long[] prices;
    private long[] remaining;
    private int[] next;
    private int[] prev;
    /** Slots below this have been handed out at least once; freed slots are chained through {@code next}. */
    private int highWater;
    private int freeHead = NIL;

    private final Levels bids;
    private final Levels asks;
    private final OrderIndex index;

    /** Creates an empty book sized for about {@code expectedOrders} resting orders. */
    public FastOrderBook(int expectedOrders) {
        if (expectedOrders < 1) {
            throw new IllegalArgumentException("expectedOrders must be at least 1: " + expectedOrders);
        }
        orderIds = new long[expectedOrders];
        owners = new int[expectedOrders];
        buys = new boolean[expectedOrders];
        prices = new long[expectedOrders];
        remaining = new long[expectedOrders];
        next = new int[expectedOrders];
        prev = new int[expectedOrders];
        int expectedLevels = Math.max(16, expectedOrders / 8);
        bids = new Levels(expectedLevels);
        asks = new Levels(expectedLevels);
        index = new OrderIndex(expectedOrders);
    }

    @Override
    public ResultCode place(long orderId, int owner, Side side, long price, long quantity, FillListener fills) {
        if (quantity < 1 || quantity > Limits.MAX_QUANTITY) {
            return ResultCode.INVALID_QUANTITY;
        }
        if (price < 1 || price > Limits.MAX_PRICE) {
            return ResultCode.INVALID_PRICE;
        }
        if (index.get(orderId) != NIL) {
            return ResultCode.DUPLICATE_ORDER_ID;
        }
        boolean buy = side == Side.BUY;
        Levels opposite = buy ? asks : bids;
        // A level crosses when its key is at least the limit key: ask key -a >= -p, bid key b >= p.
        long limitKey = buy ? -price : price;
        long left = quantity;
        if (opposite.size > 0 && opposite.keys[opposite.size - 1] >= limitKey) {
            if (wouldTradeWithOwner(opposite, owner, limitKey, quantity)) {
                return ResultCode.SELF_TRADE;
            }
            left = match(opposite, orderId, owner, side, limitKey, quantity, fills);
        }
        if (left > 0) {
            rest(orderId, owner, buy, price, left);
        }
        return ResultCode.OK;
    }

    /** True if the orders this one would trade with, in priority order, include one of its owner's. */
    private boolean wouldTradeWithOwner(Levels book, int owner, long limitKey, long quantity) {
        long left = quantity;
        for (int level = book.size - 1; level >= 0 && book.keys[level] >= limitKey; level--) {
            for (int slot = book.heads[level]; slot != NIL; slot = next[slot]) {
                if (owners[slot] == owner) {
                    return true;
                }
                left -= remaining[slot];
                if (left <= 0) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Trades against the best levels of {@code book} while they cross; returns the quantity left over. */
    private long match(Levels book, long takerId, int takerOwner, Side takerSide, long limitKey, long quantity,
                       FillListener fills) {
        long left = quantity;
        int top = book.size - 1;
        while (left > 0 && top >= 0 && book.keys[top] >= limitKey) {
            int slot = book.heads[top];
            while (left > 0 && slot != NIL) {
                long traded = Math.min(left, remaining[slot]);
                left -= traded;
                remaining[slot] -= traded;
                book.quantities[top] -= traded;
                fills.onFill(orderIds[slot], owners[slot], takerId, takerOwner, takerSide, prices[slot], traded);
                if (remaining[slot] == 0) {
                    int following = next[slot];
                    index.remove(orderIds[slot]);
                    release(slot);
                    book.counts[top]--;
                    slot = following;
                }
            }
            if (slot == NIL) {
                top--; // the best level is gone; it sits at the end, so dropping it moves nothing
            } else {
                book.heads[top] = slot;
                prev[slot] = NIL;
            }
        }
        book.size = top + 1;
        return left;
    }

    private void rest(long orderId, int owner, boolean buy, long price, long quantity) {
        int slot = allocate();
        orderIds[slot] = orderId;
        owners[slot] = owner;
        buys[slot] = buy;
        prices[slot] = price;
        remaining[slot] = quantity;
        next[slot] = NIL;
        Levels book = buy ? bids : asks;
        long key = buy ? price : -price;
        int level = book.find(key);
        if (level < 0) {
            level = book.insert(-level - 1, key);
            book.heads[level] = slot;
            prev[slot] = NIL;
        } else {
            int tail = book.tails[level];
            next[tail] = slot;
            prev[slot] = tail;
        }
        book.tails[level] = slot;
        book.counts[level]++;
        book.quantities[level] += quantity;
        index.put(orderId, slot);
    }

    @Override
    public ResultCode cancel(long orderId, int owner, OrderVisitor removed) {
        int slot = index.get(orderId);
        if (slot == NIL) {
            return ResultCode.UNKNOWN_ORDER;
        }
        if (owners[slot] != owner) {
            return ResultCode.NOT_ORDER_OWNER;
        }
        visit(slot, removed);
        boolean buy = buys[slot];
        Levels book = buy ? bids : asks;
        int level = book.find(buy ? prices[slot] : -prices[slot]);
        int before = prev[slot];
        int after = next[slot];
        if (before == NIL) {
            book.heads[level] = after;
        } else {
            next[before] = after;
        }
        if (after == NIL) {
            book.tails[level] = before;
        } else {
            prev[after] = before;
        }
        book.quantities[level] -= remaining[slot];
        if (--book.counts[level] == 0) {
            book.remove(level);
        }
        index.remove(orderId);
        release(slot);
        return ResultCode.OK;
    }

    @Override
    public boolean lookup(long orderId, OrderVisitor visitor) {
        int slot = index.get(orderId);
        if (slot == NIL) {
            return false;
        }
        visit(slot, visitor);
        return true;
    }

    @Override
    public void expireAll(OrderVisitor removed) {
        forEachOrder(removed);
        bids.size = 0;
        asks.size = 0;
        index.clear();
        highWater = 0;
        freeHead = NIL;
    }

    @Override
    public void forEachOrder(OrderVisitor visitor) {
        forEachOrder(bids, visitor);
        forEachOrder(asks, visitor);
    }

    private void forEachOrder(Levels book, OrderVisitor visitor) {
        for (int level = book.size - 1; level >= 0; level--) {
            for (int slot = book.heads[level]; slot != NIL; slot = next[slot]) {
                visit(slot, visitor);
            }
        }
    }

    private void visit(int slot, OrderVisitor visitor) {
        visitor.visit(orderIds[slot], owners[slot], buys[slot] ? Side.BUY : Side.SELL, prices[slot], remaining[slot]);
    }

    @Override
    public void depth(Side side, int maxLevels, LevelVisitor visitor) {
        boolean buy = side == Side.BUY;
        Levels book = buy ? bids : asks;
        int levels = Math.min(maxLevels, book.size);
        for (int i = 0; i < levels; i++) {
            int level = book.size - 1 - i;
            long key = book.keys[level];
            visitor.visit(buy ? key : -key, book.quantities[level], book.counts[level]);
        }
    }

    @Override
    public long bestBid() {
        return bids.size == 0 ? 0 : bids.keys[bids.size - 1];
    }

    @Override
    public long bestAsk() {
        return asks.size == 0 ? Long.MAX_VALUE : -asks.keys[asks.size - 1];
    }

    @Override
    public int size() {
        return index.size;
    }

    private int allocate() {
        if (freeHead != NIL) {
            int slot = freeHead;
            freeHead = next[slot];
            return slot;
        }
        if (highWater == orderIds.length) {
            int capacity = grownCapacity(orderIds.length);
            orderIds = Arrays.copyOf(orderIds, capacity);
            owners = Arrays.copyOf(owners, capacity);
            buys = Arrays.copyOf(buys, capacity);
            prices = Arrays.copyOf(prices, capacity);
            remaining = Arrays.copyOf(remaining, capacity);
            next = Arrays.copyOf(next, capacity);
            prev = Arrays.copyOf(prev, capacity);
        }
        return highWater++;
    }

    private void release(int slot) {
        next[slot] = freeHead;
        freeHead = slot;
    }

    private static int grownCapacity(int capacity) {
        if (capacity >= Integer.MAX_VALUE / 2) {
            throw new IllegalStateException("order book cannot grow beyond " + capacity + " entries");
        }
        return capacity * 2;
    }

    /**
     * The price levels of one side, sorted by key ascending so the best level is last. The key is the
     * price for bids and minus the price for asks, so "best" is "largest key" on both sides.
     */
    private static final class Levels {
        long[] keys;
        int[] heads;
        int[] tails;
        int[] counts;
        long[] quantities;
        int size;

        Levels(int capacity) {
            keys = new long[capacity];
            heads = new int[capacity];
            tails = new int[capacity];
            counts = new int[capacity];
            quantities = new long[capacity];
        }

        /** Index of the level with this key, or {@code -(insertion point) - 1}. Checks the top first. */
        int find(long key) {
            int high = size - 1;
            if (high < 0 || key > keys[high]) {
                return -size - 1;
            }
            if (key == keys[high]) {
                return high;
            }
            int low = 0;
            high--;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long midKey = keys[mid];
                if (midKey < key) {
                    low = mid + 1;
                } else if (midKey > key) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -low - 1;
        }

        /** Opens an empty level with this key at {@code at}; returns {@code at}. */
        int insert(int at, long key) {
            if (size == keys.length) {
                int capacity = grownCapacity(size);
                keys = Arrays.copyOf(keys, capacity);
                heads = Arrays.copyOf(heads, capacity);
                tails = Arrays.copyOf(tails, capacity);
                counts = Arrays.copyOf(counts, capacity);
                quantities = Arrays.copyOf(quantities, capacity);
            }
            int moved = size - at;
            if (moved > 0) {
                System.arraycopy(keys, at, keys, at + 1, moved);
                System.arraycopy(heads, at, heads, at + 1, moved);
                System.arraycopy(tails, at, tails, at + 1, moved);
                System.arraycopy(counts, at, counts, at + 1, moved);
                System.arraycopy(quantities, at, quantities, at + 1, moved);
            }
            keys[at] = key;
            counts[at] = 0;
            quantities[at] = 0;
            size++;
            return at;
        }

        void remove(int at) {
            int moved = size - at - 1;
            if (moved > 0) {
                System.arraycopy(keys, at + 1, keys, at, moved);
                System.arraycopy(heads, at + 1, heads, at, moved);
                System.arraycopy(tails, at + 1, tails, at, moved);
                System.arraycopy(counts, at + 1, counts, at, moved);
                System.arraycopy(quantities, at + 1, quantities, at, moved);
            }
            size--;
        }
    }

    /**
     * Order id to slot: open addressing with linear probing and backward-shift deletion (no tombstones).
     * A stored value is slot + 1, so 0 marks an empty cell and any id, 0 included, can be a key.
     */
    private static final class OrderIndex {
        private long[] keys;
        private int[] values;
        private int mask;
        int size;

        OrderIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, Math.min(expected, 1 << 29)) * 2 - 1) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            mask = capacity - 1;
        }

        private static int hash(long key) {
            long x = key * 0x9E3779B97F4A7C15L;
            int h = (int) (x ^ (x >>> 32));
            return h ^ (h >>> 16);
        }

        int get(long key) {
            for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
                int value = values[i];
                if (value == 0) {
                    return NIL;
                }
                if (keys[i] == key) {
                    return value - 1;
                }
            }
        }

        /** Maps an id known to be absent. */
        void put(long key, int slot) {
            if ((size + 1) * 2 > values.length) {
                rehash(values.length * 2);
            }
            int i = hash(key) & mask;
            while (values[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = slot + 1;
            size++;
        }

        /** Unmaps an id known to be present. */
        void remove(long key) {
            int gap = hash(key) & mask;
            while (keys[gap] != key || values[gap] == 0) {
                gap = (gap + 1) & mask;
            }
            for (int i = (gap + 1) & mask; values[i] != 0; i = (i + 1) & mask) {
                int home = hash(keys[i]) & mask;
                boolean movable = gap < i ? home <= gap || home > i : home <= gap && home > i;
                if (movable) {
                    keys[gap] = keys[i];
                    values[gap] = values[i];
                    gap = i;
                }
            }
            values[gap] = 0;
            size--;
        }

        void clear() {
            Arrays.fill(values, 0);
            size = 0;
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            for (int j = 0; j < oldValues.length; j++) {
                if (oldValues[j] != 0) {
                    int i = hash(oldKeys[j]) & mask;
                    while (values[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }
}
