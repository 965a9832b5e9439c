package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;

/**
 * The mutable state of one firm inside a {@link Market}. Only the engine changes it; everything
 * outside sees {@link FirmView}s.
 */
final class Firm {
    final int id;
    final String name;
    FirmStatus status = FirmStatus.ACTIVE;
    /** Round in which the firm went bankrupt; 0 while active. */
    int exitRound;

    long cash;
    /** Cash committed to resting bids (price x remaining), not spendable on new bids. */
    long reservedCash;
    /** Units the firm's resting bids would buy (kept with {@link #reservedCash}; derived from the book, so not hashed). */
    long reservedUnits;
    double quality;
    /** Fraction of users the firm could not serve last round; lowers its effective quality. */
    double unservedFraction;
    /** Users by slot: loyal and mercenary users of each use case (slot {@code 2 x useCase + segment}). */
    final long[] users;
    /** The firm's state under the article's remedies; null under the classic rules. */
    final FirmRemedy remedy;

    /** Compute units held this round. */
    long capacity;
    /** Units committed to resting asks. */
    long reservedCapacity;

    long price;
    long bounty;
    long rnd;

    /** Bounty that counts at this settlement (0 while a cooling-off halt suspends giveaways); set at settlement. */
    long effectiveBounty;
    /** Whether a share cap stops the firm gaining users at this settlement; set at settlement. */
    boolean acquisitionBlocked;

    /** Cents paid for compute this round (to farms and other firms). */
    long computeBought;
    /** Cents received this round for compute resold to other firms. */
    long computeSold;

    Firm(int id, String name, long cash, double quality, long price) {
        this(id, name, cash, quality, price, Segment.values().length, null);
    }

    Firm(int id, String name, long cash, double quality, long price, int slots, FirmRemedy remedy) {
        this.users = new long[slots];
        this.remedy = remedy;
        this.id = id;
        this.name = name;
        this.cash = cash;
        this.quality = quality;
        this.price = price;
    }

    boolean active() {
        return status == FirmStatus.ACTIVE;
    }

    /** A new round: no capacity, nothing reserved, no compute bought or sold yet. */
    void openRound() {
        capacity = 0;
        reservedCapacity = 0;
        reservedCash = 0;
        reservedUnits = 0;
        computeBought = 0;
        computeSold = 0;
    }

    long totalUsers() {
        long sum = 0;
        for (long u : users) {
            sum += u;
        }
        return sum;
    }

    /** Users of one segment, over every use case. */
    long segmentUsers(Segment segment) {
        long sum = 0;
        for (int i = segment.ordinal(); i < users.length; i += 2) {
            sum += users[i];
        }
        return sum;
    }

    long availableCash() {
        return cash - reservedCash;
    }

    long availableCapacity() {
        return capacity - reservedCapacity;
    }

    double effectiveQuality(Demand demand) {
        return quality * (1.0 - demand.overloadPenalty() * unservedFraction);
    }

    FirmView view() {
        return new FirmView(id, name, status, exitRound, cash, reservedCash, quality, segmentUsers(Segment.LOYAL),
                segmentUsers(Segment.MERCENARY), capacity, reservedCapacity, new Decisions(price, bounty, rnd),
                remedy == null ? null : new FirmRemedyView(remedy.decisions, remedy.trust, remedy.incidents,
                        usersByUseCase()));
    }

    /** Users of each use case. */
    java.util.List<Long> usersByUseCase() {
        Long[] out = new Long[users.length / 2];
        for (int u = 0; u < out.length; u++) {
            out[u] = users[2 * u] + users[2 * u + 1];
        }
        return java.util.List.of(out);
    }

    MarketSnapshot.FirmState snapshot() {
        return new MarketSnapshot.FirmState(id, name, status, exitRound, cash, reservedCash, quality, unservedFraction,
                users[Segment.LOYAL.ordinal()], users[Segment.MERCENARY.ordinal()], capacity, reservedCapacity, price,
                bounty, rnd, computeBought, computeSold, remedy == null ? null : remedy.snapshot(users));
    }

    static Firm restore(MarketSnapshot.FirmState s, int slots) {
        Firm f = new Firm(s.id(), s.name(), s.cash(), s.quality(), s.price(), slots,
                s.remedy() == null ? null : FirmRemedy.restore(s.remedy()));
        f.status = s.status();
        f.exitRound = s.exitRound();
        f.reservedCash = s.reservedCash();
        f.unservedFraction = s.unservedFraction();
        if (s.remedy() != null) {
            for (int slot = 0; slot < slots; slot++) {
                f.users[slot] = s.remedy().users().get(slot);
            }
        } else {
            f.users[Segment.LOYAL.ordinal()] = s.loyalUsers();
            f.users[Segment.MERCENARY.ordinal()] = s.mercenaryUsers();
        }
        f.capacity = s.capacity();
        f.reservedCapacity = s.reservedCapacity();
        f.bounty = s.bounty();
        f.rnd = s.rnd();
        f.computeBought = s.computeBought();
        f.computeSold = s.computeSold();
        return f;
    }

    long hash(long h) {
        h = OrderBook.mix(h ^ id);
        h = OrderBook.mix(h ^ name.hashCode());
        h = OrderBook.mix(h ^ status.ordinal());
        h = OrderBook.mix(h ^ exitRound);
        h = OrderBook.mix(h ^ cash);
        h = OrderBook.mix(h ^ reservedCash);
        h = OrderBook.mix(h ^ Double.doubleToLongBits(quality));
        h = OrderBook.mix(h ^ Double.doubleToLongBits(unservedFraction));
        for (long u : users) {
            h = OrderBook.mix(h ^ u);
        }
        h = OrderBook.mix(h ^ capacity);
        h = OrderBook.mix(h ^ reservedCapacity);
        h = OrderBook.mix(h ^ price);
        h = OrderBook.mix(h ^ bounty);
        h = OrderBook.mix(h ^ rnd);
        h = OrderBook.mix(h ^ computeBought);
        h = OrderBook.mix(h ^ computeSold);
        return remedy == null ? h : remedy.hash(h);
    }
}
