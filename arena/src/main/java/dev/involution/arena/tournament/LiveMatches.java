package dev.involution.arena.tournament;

import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchSettings;
import dev.involution.arena.match.Matches;
import dev.involution.bots.api.FinalStanding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A tournament's live matches as arena matches: opening one creates it under the id the
 * tournament persisted, with every seat taken at creation (house bots, then the players, so no one
 * else can join and the firms are in the schedule's seat order), and starts it. Both steps are safe
 * to repeat after a restart: the match answers that it exists, that it has already started.
 */
final class LiveMatches {
    private static final int MAX_NAME = 64;
    private final Matches matches;

    LiveMatches(Matches matches) {
        this.matches = matches;
    }

    String newMatchId() {
        return matches.newMatchId();
    }

    /**
     * Creates the match and starts it, or with {@code startAt} (epoch ms, 0: none) creates it to
     * start by itself at that time, or earlier once every player seated in it is ready.
     */
    CompletionStage<Void> open(String tournamentId, TournamentSettings settings, DrawnMatch match, String matchId,
                               long startAt) {
        MatchSettings template = settings.match();
        List<String> houseBots = new ArrayList<>();
        List<String> houseBotNames = new ArrayList<>();
        List<MatchSettings.SeatedPlayer> players = new ArrayList<>();
        for (SeatPlan seat : match.seats()) {
            if (seat.houseBot()) {
                houseBots.add(seat.strategy());
                houseBotNames.add(seat.name());
            } else {
                players.add(new MatchSettings.SeatedPlayer(seat.entrantId(), seat.name()));
            }
        }
        MatchSettings matchSettings = new MatchSettings(matchName(settings.name(), match), template.roundMillis(),
                match.seed(), houseBots, template.policy(), template.policySettings(), false,
                template.market().withMaxFirms(match.seats().size()), players, tournamentId, houseBotNames, false,
                template.lockstep(), startAt);
        CompletionStage<Void> created = matches.create(matchId, matchSettings)
                .thenAccept(reply -> expect(reply, MatchEntity.Created.class, "MATCH_EXISTS", matchId));
        if (startAt > 0) {
            return created;
        }
        return created
                .thenCompose(ignored -> matches.ask(matchId,
                        replyTo -> new MatchEntity.Control(MatchEntity.ControlAction.START, replyTo)))
                .thenAccept(reply -> expect(reply, MatchEntity.ControlDone.class, "MATCH_FINISHED", matchId));
    }

    /** The match's result by firm once it has finished; null while it is still being played. */
    CompletionStage<List<SeatResult>> resultIfFinished(String matchId) {
        return matches.finishedDetails(matchId).thenApply(details -> {
            if (details == null) {
                return null;
            }
            SeatResult[] byFirm = new SeatResult[details.standings().size()];
            for (FinalStanding s : details.standings()) {
                byFirm[s.firmId()] = new SeatResult(s.firmId(), s.rank(), s.score(), "BANKRUPT".equals(s.status()));
            }
            return List.of(byFirm);
        });
    }

    private static void expect(MatchEntity.Reply reply, Class<?> wanted, String alsoFine, String matchId) {
        if (wanted.isInstance(reply)) {
            return;
        }
        if (reply instanceof MatchEntity.Rejected r && r.rejection().code().equals(alsoFine)) {
            return;
        }
        throw new IllegalStateException("match " + matchId + " refused: " + reply);
    }

    /** The tournament's name with the match's round and number, cut to fit a match name. */
    static String matchName(String tournament, DrawnMatch match) {
        String suffix = " · round " + match.round() + ", match " + match.number();
        String base = tournament.length() + suffix.length() > MAX_NAME
                ? tournament.substring(0, MAX_NAME - suffix.length()) : tournament;
        return base + suffix;
    }
}
