package dev.involution.arena;

import akka.actor.typed.ActorRef;
import akka.http.javadsl.server.Route;
import dev.involution.arena.http.tournament.TournamentRoutes;
import dev.involution.arena.match.MatchDirectory;
import dev.involution.arena.match.Matches;
import dev.involution.arena.tournament.TournamentDirectory;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.arena.tournament.Tournaments;
import java.time.Clock;

/**
 * The tournament feature: the tournament directory singleton, the sharded tournament entities
 * (which play their matches through the match feature) and the {@code /api/tournaments} and
 * {@code /api/leaderboard} routes. Needs the match feature started first.
 */
public final class TournamentModule implements ArenaModule {

    @Override
    public Route start(ArenaContext context) {
        Matches matches = new Matches(context.system(), MatchDirectory.init(context.system()), context.askTimeout());
        ActorRef<TournamentDirectory.Command> directory = TournamentDirectory.init(context.system());
        TournamentEntity.init(context.system(), Clock.systemUTC(), matches, directory,
                context.config().getDuration("arena.tournaments.poll-interval"),
                context.config().getDuration("arena.tournaments.retry-delay"));
        Tournaments tournaments = new Tournaments(context.system(), directory, matches, context.askTimeout());
        return new TournamentRoutes(context, tournaments, matches).route();
    }
}
