package dev.involution.arena.engine;

import java.util.List;

/**
 * Step 2 of settlement: the users of one segment who re-decide this round pick a firm, or no AI
 * service, by a multinomial logit (see {@link Demand}).
 *
 * <p>From each origin (the outside pool and every active firm) {@code round(users x rate)} users
 * re-decide (rounded at random, without bias). Of {@code r} re-deciders, {@code floor(r x p)} move
 * to each other choice of probability {@code p}; the few left over by the rounding stay where they
 * were. Each firm's gain is therefore a non-decreasing function of its own choice probabilities:
 * raising a price never adds users, raising a bounty never loses new users. All decisions of a
 * round are made against the users at the start of the round, then applied together. A firm
 * under a share cap is no choice for users it does not have; during a cooling-off halt bounties
 * count as zero.
 */
final class ConsumerChoice {
    private ConsumerChoice() {
    }

    /**
     * Moves the re-deciding users of {@code segment} between {@code firms} and the outside pool
     * (the classic rules: one use case, every firm's users re-deciding at the segment's rate).
     *
     * @param outside  users of this segment with no AI service
     * @param newUsers per firm id, incremented by the users it acquired from elsewhere
     * @return the outside pool after the moves
     */
    static long redecide(Segment segment, Demand demand, List<Firm> firms, long outside, SeededRandom random,
                         long[] newUsers) {
        int n = firms.size();
        double rate = segment.redecideRate(demand);
        double[] base = new double[n];
        double[] rates = new double[n];
        for (Firm f : firms) {
            if (f.active()) {
                base[f.id] = baseUtility(demand, f);
            }
            rates[f.id] = rate;
        }
        return redecide(segment.ordinal(), new Pull(base, segment.bountyWeight(demand), segment.loyaltyBonus(demand),
                demand.outsideUtility()), rate, rates, firms, outside, random, newUsers);
    }

    /**
     * What draws the users of one slot: each firm's {@code base} utility (before giveaways and
     * loyalty; index by firm id), the weight of a bounty, the loyalty bonus for the current firm and
     * the utility of no service.
     */
    record Pull(double[] base, double bountyWeight, double loyalty, double outsideUtility) {
    }

    /**
     * Moves the re-deciding users of one slot of every firm ({@code users[slot]}) between the firms and
     * the outside pool: {@code outsideRate} of the outside pool and {@code rates[id]} of each firm's
     * users re-decide.
     */
    static long redecide(int s, Pull pull, double outsideRate, double[] rates, List<Firm> firms, long outside,
                         SeededRandom random, long[] newUsers) {
        int n = firms.size();
        double bountyWeight = pull.bountyWeight();
        double loyalty = pull.loyalty();
        double outsideUtility = pull.outsideUtility();

        double[] asNew = new double[n];
        double[] asCurrent = new double[n];
        double top = outsideUtility;
        for (Firm f : firms) {
            if (f.active()) {
                double base = pull.base()[f.id];
                asNew[f.id] = base + bountyWeight * f.effectiveBounty;
                asCurrent[f.id] = base + loyalty;
                top = Math.max(top, Math.max(asNew[f.id], asCurrent[f.id]));
            }
        }
        double[] newWeight = new double[n];
        double outsideWeight = StrictMath.exp(outsideUtility - top);
        double sumNew = outsideWeight;
        for (Firm f : firms) {
            if (f.active() && !f.acquisitionBlocked) {
                newWeight[f.id] = StrictMath.exp(asNew[f.id] - top);
                sumNew += newWeight[f.id];
            }
        }

        long[] delta = new long[n];
        long outsideDelta = 0;

        long fromOutside = redeciders(outside, outsideRate, random);
        if (fromOutside > 0) {
            for (Firm f : firms) {
                if (f.active()) {
                    long moved = (long) Math.floor(fromOutside * (newWeight[f.id] / sumNew));
                    delta[f.id] += moved;
                    newUsers[f.id] += moved;
                    outsideDelta -= moved;
                }
            }
        }
        for (Firm origin : firms) {
            if (!origin.active() || origin.users[s] == 0) {
                continue;
            }
            long r = redeciders(origin.users[s], rates[origin.id], random);
            if (r == 0) {
                continue;
            }
            double sum = sumNew - newWeight[origin.id] + StrictMath.exp(asCurrent[origin.id] - top);
            // a firm under a share cap is no choice for users it does not have (its weight is 0)
            long left = r;
            for (Firm f : firms) {
                if (f.active() && f.id != origin.id) {
                    long moved = (long) Math.floor(r * (newWeight[f.id] / sum));
                    delta[f.id] += moved;
                    newUsers[f.id] += moved;
                    left -= moved;
                }
            }
            long toOutside = (long) Math.floor(r * (outsideWeight / sum));
            outsideDelta += toOutside;
            left -= toOutside;
            delta[origin.id] -= r - left;
        }
        for (Firm f : firms) {
            f.users[s] += delta[f.id];
        }
        return outside + outsideDelta;
    }

    /** {@code qualityWeight x ln(effective quality) - priceWeight x price}: a firm's pull before giveaways and loyalty. */
    static double baseUtility(Demand demand, Firm f) {
        double q = Math.max(f.effectiveQuality(demand), 1e-9);
        return demand.qualityWeight() * StrictMath.log(q) - demand.priceWeight() * f.price;
    }

    private static long redeciders(long users, double rate, SeededRandom random) {
        return Math.min(users, random.stochasticRound(users * rate));
    }
}
