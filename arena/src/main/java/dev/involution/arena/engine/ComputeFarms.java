package dev.involution.arena.engine;

import dev.involution.arena.engine.book.FillListener;
import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The compute farms of a market: the supply ladder they post in the order book each round, the
 * regulator's vouchers they honour at their base cost, and what the firms paid them (this round and
 * since the start). Every jitter of the ladder comes from the market's seeded random.
 */
final class ComputeFarms {
    private final MarketConfig config;
    private long paidThisRound;
    private long paidTotal;

    ComputeFarms(MarketConfig config) {
        this.config = config;
    }

    /** A new round: nothing paid in it yet. */
    void openRound() {
        paidThisRound = 0;
    }

    /** Posts the farms' asks: the supply split over the ladder's steps, each step dearer (with a seeded jitter). */
    void postLadder(OrderBook book, SeededRandom random, LongSupplier nextOrderId) {
        ComputeSupply supply = config.supply();
        long total = config.farmSupplyUnits();
        int steps = supply.ladderSteps();
        long jitterBound = Math.max(1, supply.stepCents() / 5);
        for (int i = 0; i < steps; i++) {
            long units = total / steps + (i < total % steps ? 1 : 0);
            if (units == 0) {
                continue;
            }
            long price = supply.baseCost() + i * supply.stepCents() + (i == 0 ? 0 : random.nextLong(jitterBound));
            book.place(nextOrderId.getAsLong(), OrderBook.FARM, Side.SELL, price, units, FillListener.IGNORE);
        }
    }

    /** Honours every voucher in force this round. */
    void grantVouchers(List<Intervention> rules, int round, List<Firm> firms) {
        for (Intervention i : rules) {
            if (i.kind() == InterventionKind.COMPUTE_VOUCHER && i.activeIn(round)) {
                grantVoucher(i, firms);
            }
        }
    }

    /** The firms a voucher names get its units at the farms' base cost, as far as their cash reaches. */
    void grantVoucher(Intervention voucher, List<Firm> firms) {
        long base = config.supply().baseCost();
        for (Firm f : firms) {
            if (f.active() && voucher.appliesTo(f.id)) {
                long units = Math.min(voucher.value(), Math.max(0, f.availableCash()) / base);
                f.capacity += units;
                f.cash -= units * base;
                f.computeBought += units * base;
                paid(units * base);
            }
        }
    }

    /** A firm paid the farms this amount (a fill against their ladder, or a voucher). */
    void paid(long amount) {
        paidThisRound += amount;
        paidTotal += amount;
    }

    long paidThisRound() {
        return paidThisRound;
    }

    long paidTotal() {
        return paidTotal;
    }

    void restore(long thisRound, long total) {
        paidThisRound = thisRound;
        paidTotal = total;
    }
}
