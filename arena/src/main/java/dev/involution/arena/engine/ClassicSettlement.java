package dev.involution.arena.engine;

import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.List;

/**
 * Steps 2 to 5 of settlement under the classic rules (the {@link Market} conducts the round): users
 * choose, capacity serves them, the accounts are kept and quality grows with R&amp;D. Also the pools
 * of users outside the market before the start.
 */
final class ClassicSettlement {
    private ClassicSettlement() {
    }

    /** The outside pool of each segment before the start: the loyal segment and the mercenary rest. */
    static long[] initialPools(MarketConfig config) {
        long[] pools = new long[Segment.values().length];
        long loyal = config.loyalSegmentSize();
        pools[Segment.LOYAL.ordinal()] = loyal;
        pools[Segment.MERCENARY.ordinal()] = config.marketSize() - loyal;
        return pools;
    }

    /** Steps 2 to 5 under the classic rules; returns the consumer welfare of the round's offers. */
    static long settle(MarketConfig config, List<Firm> firms, long[] outside, RulesInForce rules, int round,
                       SeededRandom random, long[] newUsers, long[] served, long[] fines, long[] subsidies) {
        long welfare = IndicatorTracker.consumerWelfare(config, firms);
        for (Segment s : Segment.values()) {
            outside[s.ordinal()] = ConsumerChoice.redecide(s, config.demand(), firms, outside[s.ordinal()], random,
                    newUsers);
        }
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            // 3. capacity limits service
            long users = f.totalUsers();
            long capacityUsers = f.capacity > Long.MAX_VALUE / config.usersPerUnit()
                    ? Long.MAX_VALUE : f.capacity * config.usersPerUnit();
            served[f.id] = Math.min(users, capacityUsers);
            f.unservedFraction = users == 0 ? 0 : (double) (users - served[f.id]) / users;
            // 4. accounting (compute was paid at trade time)
            long revenue = f.price * served[f.id];
            long giveaway = f.effectiveBounty * newUsers[f.id];
            fines[f.id] = rules.activeTotal(InterventionKind.FINE, f.id, round);
            subsidies[f.id] = f.rnd * rules.activeTotal(InterventionKind.RND_SUBSIDY, f.id, round) / 10_000;
            f.cash += revenue - giveaway - f.rnd - config.fixedCost() - fines[f.id] + subsidies[f.id];
            // 5. quality
            Innovation innovation = config.innovation();
            f.quality = f.quality * (1 - innovation.depreciation()) + innovation.rndEfficiency() * StrictMath.sqrt(f.rnd);
        }
        return welfare;
    }
}
