package dev.involution.arena;

import akka.http.javadsl.server.Route;
import dev.involution.arena.http.ladder.LadderRoutes;
import dev.involution.arena.http.player.NextMatchRoutes;
import dev.involution.arena.ladder.Ladder;
import dev.involution.arena.ladder.LadderEntity;
import dev.involution.arena.ladder.LadderSettings;
import dev.involution.arena.match.MatchDirectory;
import dev.involution.arena.match.Matches;
import dev.involution.arena.tournament.TournamentDirectory;
import dev.involution.arena.tournament.Tournaments;
import java.time.Clock;

/**
 * The always-on ladder (its singleton matchmaker and the {@code /api/ladder} routes) and every
 * player's "next match" feed over tournaments and the ladder ({@code /api/players/me/matches}).
 * Needs the match and tournament features started first.
 */
public final class LadderModule implements ArenaModule {

    @Override
    public Route start(ArenaContext context) {
        Matches matches = new Matches(context.system(), MatchDirectory.init(context.system()), context.askTimeout());
        LadderSettings settings = LadderSettings.from(context.config().getConfig("arena.ladder"));
        Ladder ladder = new Ladder(context.system(),
                LadderEntity.init(context.system(), Clock.systemUTC(), matches, settings), context.askTimeout());
        Tournaments tournaments = new Tournaments(context.system(), TournamentDirectory.init(context.system()), matches,
                context.askTimeout());
        return akka.http.javadsl.server.Directives.concat(
                new LadderRoutes(context, ladder).route(),
                new NextMatchRoutes(context, ladder, tournaments).route());
    }
}
