package dev.involution.arena.tournament;

import dev.involution.arena.engine.SeededRandom;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.Seat;
import dev.involution.arena.house.StrategyAgent;
import dev.involution.arena.match.MatchSettings;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plays a scheduled match of house bots in fast-forward with the engine (no clock, no journal of
 * its own): the same market, policy and seed a live match would have, each seat's strategy seeded
 * from the match seed and the seat. The result depends only on the arguments.
 */
final class FastMatch {
    private FastMatch() {
    }

    static List<SeatResult> play(MatchSettings template, DrawnMatch match) {
        MarketConfig config = template.market().withMaxFirms(match.seats().size());
        List<Seat> seats = new ArrayList<>(match.seats().size());
        for (int i = 0; i < match.seats().size(); i++) {
            SeatPlan seat = match.seats().get(i);
            if (!seat.houseBot()) {
                throw new IllegalArgumentException("fast mode plays house bots only; seat " + i + " is " + seat.name());
            }
            seats.add(new Seat(seat.name(), new StrategyAgent(BuiltInStrategies.create(seat.strategy(),
                    SeededRandom.derive(match.seed(), i + 1L)), config.supply().baseCost()), 0));
        }
        MatchResult result = MatchSimulation.run(config, match.seed(), seats,
                Policies.create(template.policy(), template.policySettings()));
        SeatResult[] byFirm = new SeatResult[seats.size()];
        for (Standing s : result.standings()) {
            byFirm[s.firmId()] = new SeatResult(s.firmId(), s.rank(), s.score(), s.status() == FirmStatus.BANKRUPT);
        }
        return Arrays.asList(byFirm);
    }
}
