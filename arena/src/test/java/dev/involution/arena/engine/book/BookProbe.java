package dev.involution.arena.engine.book;

import dev.involution.arena.engine.ResultCode;

import java.util.ArrayList;
import java.util.List;

/** Test views of a book as plain values: fills, resting orders and depth levels that compare with equals. */
final class BookProbe {
    private BookProbe() {
    }

    record Fill(long makerOrderId, int makerOwner, long takerOrderId, int takerOwner, Side takerSide,
                long price, long quantity) {
    }

    record Resting(long orderId, int owner, Side side, long price, long remaining) {
    }

    record Level(long price, long quantity, int orders) {
    }

    /** What one command did: its code, the trades it made and the orders it removed, in report order. */
    record Outcome(ResultCode code, List<Fill> fills, List<Resting> removed) {
    }

    /** A command to the book, so the same stream can be replayed against several implementations. */
    sealed interface Command {
        Outcome applyTo(OrderBook book);
    }

    record Place(long orderId, int owner, Side side, long price, long quantity) implements Command {
        @Override
        public Outcome applyTo(OrderBook book) {
            List<Fill> fills = new ArrayList<>();
            ResultCode code = book.place(orderId, owner, side, price, quantity, fillsInto(fills));
            return new Outcome(code, fills, List.of());
        }
    }

    record Cancel(long orderId, int owner) implements Command {
        @Override
        public Outcome applyTo(OrderBook book) {
            List<Resting> removed = new ArrayList<>();
            ResultCode code = book.cancel(orderId, owner, ordersInto(removed));
            return new Outcome(code, List.of(), removed);
        }
    }

    record ExpireAll() implements Command {
        @Override
        public Outcome applyTo(OrderBook book) {
            List<Resting> removed = new ArrayList<>();
            book.expireAll(ordersInto(removed));
            return new Outcome(ResultCode.OK, List.of(), removed);
        }
    }

    static FillListener fillsInto(List<Fill> fills) {
        return (makerOrderId, makerOwner, takerOrderId, takerOwner, takerSide, price, quantity) ->
                fills.add(new Fill(makerOrderId, makerOwner, takerOrderId, takerOwner, takerSide, price, quantity));
    }

    static OrderVisitor ordersInto(List<Resting> orders) {
        return (orderId, owner, side, price, remaining) -> orders.add(new Resting(orderId, owner, side, price, remaining));
    }

    /** Resting orders in the book's walking order (bids best first, then asks best first). */
    static List<Resting> orders(OrderBook book) {
        List<Resting> orders = new ArrayList<>();
        book.forEachOrder(ordersInto(orders));
        return orders;
    }

    static List<Level> depth(OrderBook book, Side side, int maxLevels) {
        List<Level> levels = new ArrayList<>();
        book.depth(side, maxLevels, (price, quantity, count) -> levels.add(new Level(price, quantity, count)));
        return levels;
    }

    /** The resting order with this id, or null. */
    static Resting lookup(OrderBook book, long orderId) {
        List<Resting> found = new ArrayList<>();
        return book.lookup(orderId, ordersInto(found)) ? found.get(0) : null;
    }

    /**
     * The trades a place should make under price-time priority, worked out from the resting orders
     * before it; null if walking them would reach one of the owner's own orders (a self-trade).
     */
    static List<Fill> expectedFills(List<Resting> before, Place order) {
        List<Fill> fills = new ArrayList<>();
        long left = order.quantity();
        for (Resting maker : before) {
            boolean crosses = order.side() == Side.BUY ? maker.price() <= order.price() : maker.price() >= order.price();
            if (left == 0 || maker.side() == order.side() || !crosses) {
                continue;
            }
            if (maker.owner() == order.owner()) {
                return null;
            }
            long traded = Math.min(left, maker.remaining());
            left -= traded;
            fills.add(new Fill(maker.orderId(), maker.owner(), order.orderId(), order.owner(), order.side(),
                    maker.price(), traded));
        }
        return fills;
    }
}
