package dev.involution.bots.strategy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;
import java.util.SplittableRandom;

/**
 * A baseline that plays at random within sane bounds: price between half and three times the
 * compute cost per user, a bounty up to 60 cents, R&amp;D up to 100,000 cents, and compute for its
 * users at a random limit. Seeded, so a seeded match stays reproducible.
 */
public final class RandomStrategy implements Strategy {
    private final SplittableRandom random;

    public RandomStrategy() {
        this(1);
    }

    public RandomStrategy(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        long unit = Compute.unitPrice(market);
        long cost = Compute.costPerUser(market, unit);
        long price = Math.max(1, cost / 2 + random.nextLong(Math.max(1, cost * 5 / 2)));
        long bounty = random.nextLong(61);
        long rnd = random.nextLong(100_001);
        long limit = unit + random.nextLong(Math.max(1, unit / 2));
        return new Plan(new Decisions(price, bounty, rnd), Compute.bid(market, me, random.nextDouble(0.5), limit, rnd));
    }
}
