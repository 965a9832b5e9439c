package dev.involution.arena;

import akka.actor.typed.ActorRef;
import akka.actor.typed.SupervisorStrategy;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.typed.ClusterSingleton;
import akka.cluster.typed.SingletonActor;
import static akka.http.javadsl.server.Directives.concat;

import akka.http.javadsl.server.Route;
import dev.involution.arena.http.match.MatchRoutes;
import dev.involution.arena.http.match.PracticeRoutes;
import dev.involution.arena.match.DemoMatchKeeper;
import dev.involution.arena.match.MatchCensus;
import dev.involution.arena.match.MatchDirectory;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.Matches;
import dev.involution.arena.match.PracticeMatches;
import dev.involution.bots.api.MatchConfigRequest;
import java.time.Clock;
import java.time.Duration;

/**
 * The match feature: the match directory singleton, the sharded match entities, the demo match
 * keeper (when {@code arena.demo.enabled}; a cluster singleton, so a cluster keeps one demo), the census of matches by status for the metrics, the
 * {@code /api/matches} routes and practice matches ({@code /api/practice}).
 */
public final class MatchModule implements ArenaModule {

    @Override
    public Route start(ArenaContext context) {
        ActorRef<MatchDirectory.Command> directory = MatchDirectory.init(context.system());
        MatchEntity.init(context.system(), Clock.systemUTC(), directory);
        Matches matches = new Matches(context.system(), directory, context.askTimeout());
        MatchCensus census = MatchCensus.start(context.system(), matches,
                context.config().getDuration("arena.metrics.census-interval"));
        context.metrics().matchesByStatus(census::counts);
        PracticeMatches practice = new PracticeMatches(matches, PracticeMatches.Settings.from(context.config()));
        if (context.config().getBoolean("arena.demo.enabled")) {
            MatchConfigRequest demo = DemoMatchKeeper.demoRequest(context.config());
            Duration every = context.config().getDuration("arena.demo.check-interval");
            ClusterSingleton.get(context.system()).init(SingletonActor.of(
                    Behaviors.supervise(DemoMatchKeeper.create(matches, demo, every))
                            .onFailure(SupervisorStrategy.restart()),
                    "demo-match-keeper"));
        }
        MatchRoutes routes = new MatchRoutes(context, matches);
        return concat(routes.orderRoute(), routes.route(), new PracticeRoutes(context, practice).route());
    }
}
