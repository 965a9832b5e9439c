package dev.involution.arena.house;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.SeededRandom;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.Seat;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.List;

/**
 * A match of house bots only, played in fast-forward by the engine: seat i is firm i, named
 * {@code names[i]} and played by the built-in strategy {@code strategies[i]}, seeded from the match
 * seed and its seat, so a seed gives the same match every time (and under every policy, up to what
 * the regulator changes). The policy lab and fast tournaments play their matches this way.
 */
public final class HouseBotMatch {
    private HouseBotMatch() {
    }

    /** Plays one match; the result depends only on the arguments. */
    public static MatchResult play(MarketConfig config, List<String> names, List<String> strategies,
                                   RegulatorPolicy policy, long seed) {
        if (names.size() != strategies.size()) {
            throw new IllegalArgumentException("one name per strategy: " + names + ", " + strategies);
        }
        List<Seat> seats = new ArrayList<>(strategies.size());
        for (int i = 0; i < strategies.size(); i++) {
            seats.add(new Seat(names.get(i), new StrategyAgent(
                    BuiltInStrategies.create(strategies.get(i), strategySeed(seed, i)), config.supply().baseCost())));
        }
        return MatchSimulation.run(config, seed, seats, policy);
    }

    /** A seat's strategy seed: drawn from the match seed by the seat. */
    static long strategySeed(long matchSeed, int seat) {
        return SeededRandom.derive(matchSeed, seat + 1L);
    }
}
