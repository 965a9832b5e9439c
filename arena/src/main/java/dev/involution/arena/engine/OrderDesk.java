package dev.involution.arena.engine;

import dev.involution.arena.engine.book.FillListener;
import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * How orders enter a {@link Market}'s book: admission, trading and the firms' reservations.
 *
 * <p>Admission takes constant time whatever the size of the book: each firm keeps running totals of
 * what its resting orders hold ({@link Firm#reservedCash} and {@link Firm#reservedUnits} for bids,
 * {@link Firm#reservedCapacity} for asks), kept by the book's events: an order that rests adds its
 * remainder, a fill of a resting order takes its units off, a cancel or the round's end releases
 * what is left. Nothing scans the book on the order path.
 */
final class OrderDesk {
    private final Market market;
    private final List<Firm> firms;
    private final OrderBook book;
    private final RulesInForce rules;
    private final long usersPerUnit;
    private final List<Fill> pendingFills = new ArrayList<>();
    private final FillListener settleFill = this::settleFill;
    private long filled;

    OrderDesk(Market market, List<Firm> firms, OrderBook book, RulesInForce rules, long usersPerUnit) {
        this.market = market;
        this.firms = firms;
        this.book = book;
        this.rules = rules;
        this.usersPerUnit = usersPerUnit;
    }

    /** Places a firm's limit order; {@code acting} is the firm's standing to trade, checked by the market. */
    OrderReceipt place(ResultCode acting, int firmId, Side side, long price, long quantity, int round) {
        ResultCode check = acting.ok() ? shape(price, quantity) : acting;
        if (!check.ok()) {
            return OrderReceipt.rejected(check);
        }
        Firm firm = firms.get(firmId);
        Intervention rule = ruleAgainst(firmId, side, quantity, round);
        if (rule != null) {
            return OrderReceipt.rejected(RulesInForce.codeOf(rule));
        }
        if (side == Side.BUY && firm.availableCash() < price * quantity) {
            return OrderReceipt.rejected(ResultCode.INSUFFICIENT_CASH);
        }
        if (side == Side.SELL && firm.availableCapacity() < quantity) {
            return OrderReceipt.rejected(ResultCode.INSUFFICIENT_CAPACITY);
        }
        long orderId = market.peekOrderId();
        pendingFills.clear();
        filled = 0;
        ResultCode code = book.place(orderId, firmId, side, price, quantity, settleFill);
        if (!code.ok()) {
            return OrderReceipt.rejected(code);
        }
        market.takeOrderId();
        long resting = quantity - filled;
        reserve(firm, side, price, resting);
        List<Fill> fills = pendingFills.isEmpty() ? List.of() : List.copyOf(pendingFills);
        return new OrderReceipt(ResultCode.OK, orderId, fills, resting);
    }

    /** Cancels one of the firm's resting orders and releases what it held. */
    ResultCode cancel(int firmId, long orderId) {
        return book.cancel(orderId, firmId, this::release);
    }

    /** Removes every resting order at the round's end, releasing what each held. */
    void expireAll() {
        book.expireAll(this::release);
    }

    /** Takes a resting order back into its owner's totals (a market restored from a snapshot). */
    void restoreResting(int owner, Side side, long price, long remaining) {
        if (owner != OrderBook.FARM && side == Side.BUY) {
            firms.get(owner).reservedUnits += remaining;
        }
    }

    private static ResultCode shape(long price, long quantity) {
        if (quantity <= 0 || quantity > Limits.MAX_QUANTITY) {
            return ResultCode.INVALID_QUANTITY;
        }
        if (price <= 0 || price > Limits.MAX_PRICE) {
            return ResultCode.INVALID_PRICE;
        }
        return ResultCode.OK;
    }

    private static void reserve(Firm firm, Side side, long price, long units) {
        if (side == Side.BUY) {
            firm.reservedCash += price * units;
            firm.reservedUnits += units;
        } else {
            firm.reservedCapacity += units;
        }
    }

    private void release(long orderId, int owner, Side side, long price, long remaining) {
        if (owner != OrderBook.FARM) {
            reserve(firms.get(owner), side, price, -remaining);
        }
    }

    private void settleFill(long makerOrderId, int makerOwner, long takerOrderId, int takerOwner, Side takerSide,
                            long price, long quantity) {
        int buyer = takerSide == Side.BUY ? takerOwner : makerOwner;
        int seller = takerSide == Side.BUY ? makerOwner : takerOwner;
        long amount = price * quantity;
        Firm b = firms.get(buyer);
        b.cash -= amount;
        b.capacity += quantity;
        b.computeBought += amount;
        if (makerOwner == buyer) {
            b.reservedCash -= amount;
            b.reservedUnits -= quantity;
        }
        if (seller == OrderBook.FARM) {
            market.paidToFarms(amount);
        } else {
            Firm s = firms.get(seller);
            s.cash += amount;
            s.capacity -= quantity;
            s.computeSold += amount;
            if (makerOwner == seller) {
                s.reservedCapacity -= quantity;
            }
        }
        filled += quantity;
        pendingFills.add(new Fill(makerOrderId, takerOrderId, buyer, seller, price, quantity));
    }

    /**
     * The intervention in force that this order would break, or null: a share cap stops a firm
     * buying more compute than its users need, counting what it holds and what its bids would buy.
     */
    Intervention ruleAgainst(int firmId, Side side, long quantity, int round) {
        if (side != Side.BUY) {
            return null;
        }
        Intervention cap = rules.active(InterventionKind.SHARE_CAP, firmId, round);
        return cap != null && quantity > unitsLeftUnder(firms.get(firmId)) ? cap : null;
    }

    /**
     * How many more units the firm may bid for under a market-share cap in force, or
     * {@link Long#MAX_VALUE} when no cap holds it.
     */
    long unitsAllowedUnderShareCap(int firmId, int round) {
        return rules.active(InterventionKind.SHARE_CAP, firmId, round) == null
                ? Long.MAX_VALUE : Math.max(0, unitsLeftUnder(firms.get(firmId)));
    }

    /** Its users' need in units less the units it holds and bids for. */
    private long unitsLeftUnder(Firm f) {
        long needed = (f.totalUsers() + usersPerUnit - 1) / usersPerUnit;
        return needed - f.capacity - f.reservedUnits;
    }
}
