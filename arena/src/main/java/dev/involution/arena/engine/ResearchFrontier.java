package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared research frontier that public basic research raises: it multiplies the quality of every
 * model in the market. It follows the fund with a lag and diminishing returns
 * ({@code 1 + efficiency x sqrt(fund paid up to lag rounds ago)}), plus a step for every breakthrough,
 * whose chance each round grows with the fund (see {@link ResearchRules}).
 */
final class ResearchFrontier {
    private final ResearchRules rules;
    /** The fund paid up to the end of each settled round, cents (index 0: round 1). */
    private final List<Long> fundByRound = new ArrayList<>();
    private int breakthroughs;

    ResearchFrontier(ResearchRules rules) {
        this.rules = rules;
    }

    /** Records this round's payment to the fund and draws a breakthrough (one draw a round, always). */
    boolean advance(long paid, SeededRandom random) {
        long fund = fund() + paid;
        fundByRound.add(fund);
        double chance = Math.min(0.25, (double) fund / rules.breakthroughScale());
        boolean breakthrough = random.nextDouble() < chance;
        if (breakthrough) {
            breakthroughs++;
        }
        return breakthrough;
    }

    long fund() {
        return fundByRound.isEmpty() ? 0 : fundByRound.get(fundByRound.size() - 1);
    }

    int breakthroughs() {
        return breakthroughs;
    }

    /** The frontier now: the fund counts once it is {@code lagRounds} rounds old. */
    double level() {
        int index = fundByRound.size() - 1 - rules.lagRounds();
        long matured = index < 0 ? 0 : fundByRound.get(index);
        return 1.0 + rules.efficiency() * StrictMath.sqrt(matured) + breakthroughs * rules.breakthroughStep();
    }

    MarketSnapshot.FrontierState snapshot() {
        return new MarketSnapshot.FrontierState(List.copyOf(fundByRound), breakthroughs);
    }

    void restore(MarketSnapshot.FrontierState s) {
        fundByRound.clear();
        fundByRound.addAll(s.fundByRound());
        breakthroughs = s.breakthroughs();
    }

    long hash(long h) {
        for (long f : fundByRound) {
            h = OrderBook.mix(h ^ f);
        }
        return OrderBook.mix(h ^ breakthroughs);
    }
}
