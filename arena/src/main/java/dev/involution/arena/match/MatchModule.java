package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.Behaviors;
import akka.http.javadsl.server.Route;
import dev.involution.arena.ArenaContext;
import dev.involution.arena.ArenaModule;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The match feature: the match directory singleton, the sharded match entities, the demo match
 * keeper (when {@code arena.demo.enabled}), the census of matches by status for the metrics and
 * the {@code /api/matches} routes.
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
        if (context.config().getBoolean("arena.demo.enabled")) {
            List<String> bots = context.config().getStringList("arena.demo.house-bots");
            Duration every = context.config().getDuration("arena.demo.check-interval");
            context.system().systemActorOf(
                    Behaviors.supervise(DemoMatchKeeper.create(matches, bots, every))
                            .onFailure(akka.actor.typed.SupervisorStrategy.restart()),
                    "demo-match-keeper", akka.actor.typed.Props.empty());
        }
        MatchHistory history = new MatchHistory(context.system(), matches);
        MatchPresence presence = new MatchPresence();
        MatchStream stream = new MatchStream(context.system(), matches, history, context.origins(), context.metrics(),
                Clock.systemUTC(), presence, new StreamHello(context.auth(), context.players(), matches, presence));
        return new MatchRoutes(context, matches, history, stream, presence).route();
    }
}
