package dev.involution.arena.ladder;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchSettings;
import dev.involution.arena.match.Matches;
import dev.involution.bots.api.FinalStanding;
import dev.involution.bots.api.FirmPublic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The ladder's matches as arena matches: opening one creates it under the id the ladder persisted,
 * every seat taken at creation (house bots, then players), to start by itself at its start time
 * (earlier once every player is ready). Safe to repeat after a restart: the match answers that it
 * exists. A finished match's result says, by firm, its place, cash and whether it ever acted.
 */
final class LadderMatches {
    private final Matches matches;

    LadderMatches(Matches matches) {
        this.matches = matches;
    }

    String newMatchId() {
        return matches.newMatchId();
    }

    long newSeed() {
        return matches.randomSeed();
    }

    CompletionStage<Void> open(LadderSettings settings, LadderEvent.MatchOpened match) {
        List<String> houseBots = new ArrayList<>();
        List<MatchSettings.SeatedPlayer> players = new ArrayList<>();
        for (LadderEvent.Seat seat : match.seats()) {
            if (seat.house()) {
                houseBots.add(seat.strategy());
            } else {
                players.add(new MatchSettings.SeatedPlayer(seat.entrantId(), seat.name()));
            }
        }
        MarketConfig market = MarketConfig.defaults().withRounds(settings.rounds()).withMaxFirms(match.seats().size());
        MatchSettings matchSettings = new MatchSettings("Ladder match " + match.matchId(), settings.roundMillis(),
                match.seed(), houseBots, settings.policy(), PolicySettings.defaults(), false, market)
                .withPlayers(players, null).withSchedule(settings.lockstep(), match.startAt());
        return matches.create(match.matchId(), matchSettings).thenAccept(reply -> {
            boolean exists = reply instanceof MatchEntity.Rejected r && r.rejection().code().equals("MATCH_EXISTS");
            if (!(reply instanceof MatchEntity.Created) && !exists) {
                throw new IllegalStateException("match " + match.matchId() + " refused: " + reply);
            }
        });
    }

    /** The match's result by firm once it has finished; null while it is being played. */
    CompletionStage<List<LadderEvent.Result>> resultIfFinished(String matchId) {
        return matches.finishedDetails(matchId).thenApply(details -> {
            if (details == null) {
                return null;
            }
            LadderEvent.Result[] byFirm = new LadderEvent.Result[details.standings().size()];
            for (FinalStanding s : details.standings()) {
                FirmPublic firm = details.firms().get(s.firmId());
                byFirm[s.firmId()] = new LadderEvent.Result(s.firmId(), s.rank(), s.score(),
                        "BANKRUPT".equals(s.status()), firm.lastActiveRound() > 0);
            }
            return List.of(byFirm);
        });
    }
}
