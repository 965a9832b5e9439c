package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes each round's {@link Indicators} and keeps what they need from earlier rounds: the last
 * average price and subsidy intensity (for the spiral index), and the running totals of money
 * burned and consumer-welfare gained (for the involution index).
 */
final class IndicatorTracker {
    private final double spiralSubsidyThreshold;
    private boolean hasPrevious;
    private double previousAveragePrice;
    private double previousSubsidyIntensity;
    private int spiralIndex;
    private long baselineWelfare;
    private long cumulativeBurn;
    private long cumulativeWelfareGain;

    IndicatorTracker(double spiralSubsidyThreshold) {
        this.spiralSubsidyThreshold = spiralSubsidyThreshold;
    }

    void setBaselineWelfare(long welfare) {
        this.baselineWelfare = welfare;
    }

    /**
     * Consumer welfare of a market, in cents per round: for each segment, its size times the logit
     * inclusive value {@code ln(e^V0 + sum e^V_i)} over the outside option {@code V0}, divided by
     * the price weight to turn utility into cents. Giveaways are one-off transfers and not counted.
     */
    static long consumerWelfare(MarketConfig config, List<Firm> firms) {
        Demand d = config.demand();
        double top = d.outsideUtility();
        for (Firm f : firms) {
            if (f.active()) {
                top = Math.max(top, ConsumerChoice.baseUtility(d, f));
            }
        }
        double sum = StrictMath.exp(d.outsideUtility() - top);
        for (Firm f : firms) {
            if (f.active()) {
                sum += StrictMath.exp(ConsumerChoice.baseUtility(d, f) - top);
            }
        }
        double inclusiveValue = top + StrictMath.log(sum) - d.outsideUtility();
        return Math.round(config.marketSize() * inclusiveValue / d.priceWeight());
    }

    Indicators next(int round, List<FirmResult> results, long welfare, long computePaidToFarms, int bankruptcies) {
        long revenue = 0;
        long giveaway = 0;
        long rnd = 0;
        long fines = 0;
        long subsidies = 0;
        long burned = 0;
        long users = 0;
        long served = 0;
        long weightedPrice = 0;
        long priceSum = 0;
        double qualitySum = 0;
        int active = 0;
        List<Integer> belowCost = new ArrayList<>();
        for (FirmResult r : results) {
            revenue += r.revenue();
            giveaway += r.giveaway();
            rnd += r.rnd();
            fines += r.fine();
            subsidies += r.subsidy();
            if (r.status() != FirmStatus.ACTIVE) {
                continue;
            }
            active++;
            users += r.users();
            served += r.served();
            weightedPrice += r.price() * r.users();
            priceSum += r.price();
            qualitySum += r.quality();
            if (r.served() > 0 && r.revenue() < r.computeCost()) {
                belowCost.add(r.firmId());
                burned += r.computeCost() - r.revenue();
            }
        }
        burned += giveaway;
        double concentration = 0;
        double largest = 0;
        for (FirmResult r : results) {
            if (r.status() == FirmStatus.ACTIVE && users > 0) {
                double share = (double) r.users() / users;
                largest = Math.max(largest, share);
                concentration += share * share;
            }
        }
        double averagePrice = users > 0 ? (double) weightedPrice / users : active > 0 ? (double) priceSum / active : 0;
        double subsidyIntensity = (double) giveaway / Math.max(revenue, 1);

        boolean priceFell = hasPrevious && averagePrice < previousAveragePrice;
        boolean subsidyRoseOrHigh = subsidyIntensity >= spiralSubsidyThreshold
                || (hasPrevious && subsidyIntensity > previousSubsidyIntensity);
        spiralIndex = priceFell && subsidyRoseOrHigh ? spiralIndex + 1 : 0;
        hasPrevious = true;
        previousAveragePrice = averagePrice;
        previousSubsidyIntensity = subsidyIntensity;

        cumulativeBurn += burned;
        cumulativeWelfareGain += Math.max(0, welfare - baselineWelfare);
        double involution = (double) cumulativeBurn / Math.max(cumulativeWelfareGain, 1);

        return new Indicators(round, Math.min(Math.round(concentration * 10_000), 10_000), largest, subsidyIntensity, List.copyOf(belowCost),
                averagePrice, spiralIndex, involution, welfare, burned, revenue, giveaway, rnd, computePaidToFarms, fines,
                subsidies,
                users, served, active > 0 ? qualitySum / active : 0, active, bankruptcies);
    }

    MarketSnapshot.Tracker snapshot() {
        return new MarketSnapshot.Tracker(hasPrevious, previousAveragePrice, previousSubsidyIntensity, spiralIndex,
                baselineWelfare, cumulativeBurn, cumulativeWelfareGain);
    }

    void restore(MarketSnapshot.Tracker t) {
        hasPrevious = t.hasPrevious();
        previousAveragePrice = t.previousAveragePrice();
        previousSubsidyIntensity = t.previousSubsidyIntensity();
        spiralIndex = t.spiralIndex();
        baselineWelfare = t.baselineWelfare();
        cumulativeBurn = t.cumulativeBurn();
        cumulativeWelfareGain = t.cumulativeWelfareGain();
    }

    long hash(long h) {
        h = OrderBook.mix(h ^ (hasPrevious ? 1 : 0));
        h = OrderBook.mix(h ^ Double.doubleToLongBits(previousAveragePrice));
        h = OrderBook.mix(h ^ Double.doubleToLongBits(previousSubsidyIntensity));
        h = OrderBook.mix(h ^ spiralIndex);
        h = OrderBook.mix(h ^ baselineWelfare);
        h = OrderBook.mix(h ^ cumulativeBurn);
        return OrderBook.mix(h ^ cumulativeWelfareGain);
    }
}
