package dev.involution.arena.engine;

import dev.involution.arena.engine.book.FillListener;
import dev.involution.arena.engine.book.OrderBook;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Market} as plain data and back: the snapshot a match keeps, the market rebuilt from it,
 * and the hash of everything that decides future outcomes (equal markets, equal hashes), which holds
 * two implementations and a restored market to the same state.
 */
final class MarketSnapshots {
    private MarketSnapshots() {
    }

    static MarketSnapshot take(Market m) {
        List<MarketSnapshot.FirmState> firmStates = new ArrayList<>(m.firms.size());
        for (Firm f : m.firms) {
            firmStates.add(f.snapshot());
        }
        List<MarketSnapshot.RestingOrder> orders = new ArrayList<>(m.book.size());
        m.book.forEachOrder((id, owner, side, price, remaining) ->
                orders.add(new MarketSnapshot.RestingOrder(id, owner, side, price, remaining)));
        return new MarketSnapshot(m.config, m.seed, m.random.state(), m.phase, m.round, m.nextOrderId,
                m.farms.paidThisRound(), m.farms.paidTotal(), m.bankruptcies, m.outsideUsers(Segment.LOYAL),
                m.outsideUsers(Segment.MERCENARY), firmStates, orders, m.indicators.snapshot(), List.copyOf(m.reports),
                m.rules.all(), m.rules.nextId(), m.remedy == null ? null : m.remedy.snapshot(m.outside));
    }

    static Market restore(MarketSnapshot s) {
        Market m = new Market(s.config(), s.seed());
        m.random = new SeededRandom(s.randomState());
        m.phase = s.phase();
        m.round = s.round();
        m.nextOrderId = s.nextOrderId();
        m.farms.restore(s.computePaidToFarmsThisRound(), s.computePaidToFarmsTotal());
        m.bankruptcies = s.bankruptcies();
        if (m.remedy != null) {
            m.remedy.restore(s.remedies(), m.outside);
        } else {
            m.outside[Segment.LOYAL.ordinal()] = s.loyalOutside();
            m.outside[Segment.MERCENARY.ordinal()] = s.mercenaryOutside();
        }
        for (MarketSnapshot.FirmState f : s.firms()) {
            m.firms.add(Firm.restore(f, s.config().userSlots()));
        }
        for (MarketSnapshot.RestingOrder o : s.orders()) {
            m.book.place(o.orderId(), o.owner(), o.side(), o.price(), o.remaining(), FillListener.IGNORE);
            m.desk.restoreResting(o.owner(), o.side(), o.price(), o.remaining());
        }
        m.indicators.restore(s.tracker());
        m.reports.addAll(s.reports());
        m.rules.restore(s.interventions(), s.nextInterventionId());
        return m;
    }

    static long hash(Market m) {
        long h = OrderBook.mix(m.seed);
        h = OrderBook.mix(h ^ m.random.state());
        h = OrderBook.mix(h ^ m.phase.ordinal());
        h = OrderBook.mix(h ^ m.round);
        h = OrderBook.mix(h ^ m.nextOrderId);
        h = OrderBook.mix(h ^ m.farms.paidTotal());
        h = OrderBook.mix(h ^ m.bankruptcies);
        for (long o : m.outside) {
            h = OrderBook.mix(h ^ o);
        }
        for (Firm f : m.firms) {
            h = f.hash(h);
        }
        h = m.indicators.hash(h);
        h = m.rules.hash(h);
        if (m.remedy != null) {
            h = m.remedy.hash(h);
        }
        return OrderBook.mix(h ^ m.book.stateHash());
    }
}
