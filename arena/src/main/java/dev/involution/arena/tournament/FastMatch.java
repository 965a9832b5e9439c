package dev.involution.arena.tournament;

import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.house.HouseBotMatch;
import dev.involution.arena.match.MatchSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plays a scheduled match of house bots in fast-forward as a {@link HouseBotMatch} (no clock, no
 * journal of its own): the same market, policy and seed a live match would have. The result
 * depends only on the arguments.
 */
final class FastMatch {
    private FastMatch() {
    }

    static List<SeatResult> play(MatchSettings template, DrawnMatch match) {
        List<String> names = new ArrayList<>(match.seats().size());
        List<String> strategies = new ArrayList<>(match.seats().size());
        for (int i = 0; i < match.seats().size(); i++) {
            SeatPlan seat = match.seats().get(i);
            if (!seat.houseBot()) {
                throw new IllegalArgumentException("fast mode plays house bots only; seat " + i + " is " + seat.name());
            }
            names.add(seat.name());
            strategies.add(seat.strategy());
        }
        MatchResult result = HouseBotMatch.play(template.market().withMaxFirms(names.size()), names, strategies,
                Policies.create(template.policy(), template.policySettings()), match.seed());
        SeatResult[] byFirm = new SeatResult[names.size()];
        for (Standing s : result.standings()) {
            byFirm[s.firmId()] = new SeatResult(s.firmId(), s.rank(), s.score(), s.status() == FirmStatus.BANKRUPT);
        }
        return Arrays.asList(byFirm);
    }
}
