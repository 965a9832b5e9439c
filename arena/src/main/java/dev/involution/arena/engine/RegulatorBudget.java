package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;

/**
 * The regulator's budget: it starts with the public funds; fines, the levy on revenue and the public
 * models' license fees come in; R&amp;D subsidies and grants, the public farms and basic research go
 * out, each no more than the balance holds. What came in and went out this round is kept by source
 * and use, so that every intervention has a visible cost.
 */
final class RegulatorBudget {
    /** Where money comes from and goes to; the order is the order of the round's figures. */
    enum Flow { FINES, LEVY, PUBLIC_FEES, SUBSIDIES, GRANTS, PUBLIC_FARMS, RESEARCH }

    private long balance;
    private long received;
    private long spent;
    private final long[] round = new long[Flow.values().length];

    RegulatorBudget(long balance) {
        this.balance = balance;
    }

    void newRound() {
        java.util.Arrays.fill(round, 0);
    }

    void receive(Flow source, long amount) {
        balance += amount;
        received += amount;
        round[source.ordinal()] += amount;
    }

    /** Pays up to {@code asked} (never more than the balance) and returns what was paid. */
    long spend(Flow use, long asked) {
        long paid = Math.max(0, Math.min(asked, balance));
        balance -= paid;
        spent += paid;
        round[use.ordinal()] += paid;
        return paid;
    }

    /** Pays {@code amount} in full, or nothing when the balance does not hold it. */
    boolean spendWhole(Flow use, long amount) {
        if (amount > balance) {
            return false;
        }
        spend(use, amount);
        return true;
    }

    long balance() {
        return balance;
    }

    long thisRound(Flow flow) {
        return round[flow.ordinal()];
    }

    long receivedTotal() {
        return received;
    }

    long spentTotal() {
        return spent;
    }

    MarketSnapshot.BudgetState snapshot() {
        return new MarketSnapshot.BudgetState(balance, received, spent);
    }

    static RegulatorBudget restore(MarketSnapshot.BudgetState s) {
        RegulatorBudget b = new RegulatorBudget(s.balance());
        b.received = s.received();
        b.spent = s.spent();
        return b;
    }

    long hash(long h) {
        h = OrderBook.mix(h ^ balance);
        h = OrderBook.mix(h ^ received);
        return OrderBook.mix(h ^ spent);
    }
}
