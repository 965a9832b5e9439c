package dev.involution.arena;

import akka.http.javadsl.server.Route;
import dev.involution.arena.http.HttpSettings;
import dev.involution.arena.http.RateLimit;
import dev.involution.arena.http.RateLimiter;
import dev.involution.arena.http.join.JoinRoutes;
import dev.involution.arena.join.JoinAddresses;
import dev.involution.arena.join.JoinCodeRegistry;
import dev.involution.arena.match.MatchDirectory;
import dev.involution.arena.match.Matches;
import dev.involution.arena.tournament.TournamentDirectory;
import dev.involution.arena.tournament.Tournaments;
import java.time.Clock;

/**
 * Joining a class by code: the join-code registry singleton and the join routes
 * ({@code /api/join/{code}}, and the admin's {@code join-code} of a match or tournament). Needs the
 * match and tournament features started first.
 */
public final class JoinModule implements ArenaModule {

    @Override
    public Route start(ArenaContext context) {
        Matches matches = new Matches(context.system(), MatchDirectory.init(context.system()), context.askTimeout());
        Tournaments tournaments = new Tournaments(context.system(), TournamentDirectory.init(context.system()), matches,
                context.askTimeout());
        HttpSettings.RateLimitSettings perAddress = HttpSettings.rateLimit(
                context.config().getConfig("arena.http.join-lookups"));
        RateLimit lookups = RateLimit.perAddress(new RateLimiter(perAddress), context.http().clientAddress(), Clock.systemUTC(),
                "too many join-code lookups from this address; retry after the time given in Retry-After");
        JoinAddresses addresses = new JoinAddresses(context.http().publicOrigin(), context.http().host(),
                context.port());
        return new JoinRoutes(context.system(), context.auth(), JoinCodeRegistry.init(context.system()), matches,
                tournaments, addresses, lookups, context.askTimeout()).route();
    }
}
