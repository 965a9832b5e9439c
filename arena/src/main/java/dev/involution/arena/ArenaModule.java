package dev.involution.arena;

import akka.http.javadsl.server.Route;

/**
 * A feature plugged into the arena: at start it initialises what it needs (sharded entities,
 * actors) and returns its routes, which the arena serves behind the common edge (rate limit,
 * problem+json errors, metrics). See {@link ArenaModules#standard()} for where modules are listed.
 *
 * <pre>{@code
 * ArenaModule matches = context -> {
 *     Match.init(context.system());
 *     return new MatchRoutes(context).route();
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ArenaModule {

    /** Called once, in list order, after the journal, the cluster and player accounts are up. */
    Route start(ArenaContext context);
}
