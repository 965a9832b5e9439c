package dev.involution.arena.engine.book;

import dev.involution.arena.engine.Limits;
import dev.involution.arena.engine.ResultCode;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The obviously-right compute order book: one sorted map of price levels per side, each level a FIFO
 * queue, and a map from order id to order. Slow (boxing, allocation per order); it exists to hold
 * {@link FastOrderBook} to the same behaviour.
 */
public final class ReferenceOrderBook implements OrderBook {

    private static final class Order {
        final long id;
        final int owner;
        final Side side;
        final long price;
        long remaining;

        Order(long id, int owner, Side side, long price, long remaining) {
            this.id = id;
            this.owner = owner;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }
    }

    /** Both maps iterate best level first: bids by price descending, asks by price ascending. */
    private final TreeMap<Long, ArrayDeque<Order>> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, ArrayDeque<Order>> asks = new TreeMap<>();
    private final Map<Long, Order> byId = new HashMap<>();

    @Override
    public ResultCode place(long orderId, int owner, Side side, long price, long quantity, FillListener fills) {
        if (quantity < 1 || quantity > Limits.MAX_QUANTITY) {
            return ResultCode.INVALID_QUANTITY;
        }
        if (price < 1 || price > Limits.MAX_PRICE) {
            return ResultCode.INVALID_PRICE;
        }
        if (byId.containsKey(orderId)) {
            return ResultCode.DUPLICATE_ORDER_ID;
        }
        TreeMap<Long, ArrayDeque<Order>> opposite = levels(side.opposite());
        if (wouldTradeWithOwner(opposite, owner, side, price, quantity)) {
            return ResultCode.SELF_TRADE;
        }
        long remaining = quantity;
        Iterator<Map.Entry<Long, ArrayDeque<Order>>> levelIt = opposite.entrySet().iterator();
        while (remaining > 0 && levelIt.hasNext()) {
            Map.Entry<Long, ArrayDeque<Order>> level = levelIt.next();
            if (!crosses(side, price, level.getKey())) {
                break;
            }
            ArrayDeque<Order> queue = level.getValue();
            while (remaining > 0 && !queue.isEmpty()) {
                Order maker = queue.peekFirst();
                long traded = Math.min(remaining, maker.remaining);
                maker.remaining -= traded;
                remaining -= traded;
                fills.onFill(maker.id, maker.owner, orderId, owner, side, maker.price, traded);
                if (maker.remaining == 0) {
                    queue.pollFirst();
                    byId.remove(maker.id);
                }
            }
            if (queue.isEmpty()) {
                levelIt.remove();
            }
        }
        if (remaining > 0) {
            Order order = new Order(orderId, owner, side, price, remaining);
            levels(side).computeIfAbsent(price, p -> new ArrayDeque<>()).addLast(order);
            byId.put(orderId, order);
        }
        return ResultCode.OK;
    }

    /** True if the orders this one would trade with, in priority order, include one of its owner's. */
    private static boolean wouldTradeWithOwner(TreeMap<Long, ArrayDeque<Order>> opposite, int owner, Side side,
                                               long price, long quantity) {
        long remaining = quantity;
        for (Map.Entry<Long, ArrayDeque<Order>> level : opposite.entrySet()) {
            if (remaining == 0 || !crosses(side, price, level.getKey())) {
                return false;
            }
            for (Order maker : level.getValue()) {
                if (remaining == 0) {
                    return false;
                }
                if (maker.owner == owner) {
                    return true;
                }
                remaining -= Math.min(remaining, maker.remaining);
            }
        }
        return false;
    }

    private static boolean crosses(Side takerSide, long takerPrice, long makerPrice) {
        return takerSide == Side.BUY ? makerPrice <= takerPrice : makerPrice >= takerPrice;
    }

    private TreeMap<Long, ArrayDeque<Order>> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    @Override
    public ResultCode cancel(long orderId, int owner, OrderVisitor removed) {
        Order order = byId.get(orderId);
        if (order == null) {
            return ResultCode.UNKNOWN_ORDER;
        }
        if (order.owner != owner) {
            return ResultCode.NOT_ORDER_OWNER;
        }
        visit(order, removed);
        TreeMap<Long, ArrayDeque<Order>> book = levels(order.side);
        ArrayDeque<Order> queue = book.get(order.price);
        queue.remove(order);
        if (queue.isEmpty()) {
            book.remove(order.price);
        }
        byId.remove(orderId);
        return ResultCode.OK;
    }

    @Override
    public boolean lookup(long orderId, OrderVisitor visitor) {
        Order order = byId.get(orderId);
        if (order == null) {
            return false;
        }
        visit(order, visitor);
        return true;
    }

    @Override
    public void expireAll(OrderVisitor removed) {
        forEachOrder(removed);
        bids.clear();
        asks.clear();
        byId.clear();
    }

    @Override
    public void forEachOrder(OrderVisitor visitor) {
        for (ArrayDeque<Order> queue : bids.values()) {
            queue.forEach(order -> visit(order, visitor));
        }
        for (ArrayDeque<Order> queue : asks.values()) {
            queue.forEach(order -> visit(order, visitor));
        }
    }

    private static void visit(Order order, OrderVisitor visitor) {
        visitor.visit(order.id, order.owner, order.side, order.price, order.remaining);
    }

    @Override
    public void depth(Side side, int maxLevels, LevelVisitor visitor) {
        int left = maxLevels;
        for (Map.Entry<Long, ArrayDeque<Order>> level : levels(side).entrySet()) {
            if (left-- <= 0) {
                return;
            }
            long quantity = 0;
            for (Order order : level.getValue()) {
                quantity += order.remaining;
            }
            visitor.visit(level.getKey(), quantity, level.getValue().size());
        }
    }

    @Override
    public long bestBid() {
        return bids.isEmpty() ? 0 : bids.firstKey();
    }

    @Override
    public long bestAsk() {
        return asks.isEmpty() ? Long.MAX_VALUE : asks.firstKey();
    }

    @Override
    public int size() {
        return byId.size();
    }
}
