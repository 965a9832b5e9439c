package dev.involution.arena.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Steps 6 and 7 of settlement: bankruptcies, and each firm's published result of the round with its share of users. */
final class RoundResults {
    private RoundResults() {
    }

    /** The firm is out of cash: bankrupt from this round, its users back in the market (it keeps their count until its result is out). */
    static void goBankrupt(Firm f, long[] outside, int round) {
        f.status = FirmStatus.BANKRUPT;
        f.exitRound = round;
        for (int slot = 0; slot < outside.length; slot++) {
            outside[slot] += f.users[slot];
        }
    }

    /** The firm's result of the round just settled (zeros for a firm that went bankrupt earlier). */
    static FirmResult result(Firm f, int round, MarketConfig config, RemedyMarket remedy, long newUsers, long served,
                             long fine, long subsidy) {
        boolean settled = f.status == FirmStatus.ACTIVE || f.exitRound == round;
        long revenue = settled ? f.price * served : 0;
        long giveaway = settled ? f.effectiveBounty * newUsers : 0;
        return new FirmResult(f.id, f.name, f.status, f.price, f.bounty, settled ? f.rnd : 0, f.totalUsers(),
                f.segmentUsers(Segment.LOYAL), f.segmentUsers(Segment.MERCENARY), settled ? newUsers : 0, served,
                f.capacity, revenue, giveaway, f.computeBought - f.computeSold, settled ? config.fixedCost() : 0,
                fine, subsidy, f.cash, remedy == null ? f.quality : remedy.reportedQuality(f), 0.0,
                remedy == null ? null : remedy.result(f));
    }

    /** The results with each active firm's share of all users with a firm, in seat order. */
    static List<FirmResult> withShares(List<FirmResult> results) {
        long total = 0;
        for (FirmResult r : results) {
            if (r.status() == FirmStatus.ACTIVE) {
                total += r.users();
            }
        }
        List<FirmResult> out = new ArrayList<>(results.size());
        for (FirmResult r : results) {
            double share = r.status() == FirmStatus.ACTIVE && total > 0 ? (double) r.users() / total : 0.0;
            out.add(r.withShare(share));
        }
        out.sort((a, b) -> Integer.compare(a.firmId(), b.firmId()));
        return Collections.unmodifiableList(out);
    }
}
