package dev.involution.arena.match;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import com.typesafe.config.Config;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.MatchSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a demo match of house bots running with open seats, so a newcomer can watch the stream and
 * join at once. Every few seconds it looks at the match list; when no demo match is open, running
 * or paused it creates one and starts it.
 */
public final class DemoMatchKeeper extends AbstractBehavior<DemoMatchKeeper.Command> {

    public sealed interface Command {
    }

    private enum Check implements Command { INSTANCE }

    private record Listed(List<MatchSummary> matches, Throwable failure) implements Command {
    }

    private record Done(String what, Throwable failure) implements Command {
    }

    /**
     * The demo's settings from {@code arena.demo}: its house bots, regulator policy, rounds and round
     * length, in 8 seats (the bot-league preset otherwise).
     */
    public static MatchConfigRequest demoRequest(Config config) {
        Config demo = config.getConfig("arena.demo");
        return new MatchConfigRequest("Demo match", "bot-league", demo.getInt("rounds"),
                demo.getDuration("round-length", TimeUnit.MILLISECONDS), null, 8, demo.getStringList("house-bots"),
                demo.getString("policy"), null, null);
    }

    public static Behavior<Command> create(Matches matches, MatchConfigRequest demo, Duration checkEvery) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> {
            timers.startTimerWithFixedDelay(Check.INSTANCE, Duration.ZERO, checkEvery);
            return new DemoMatchKeeper(ctx, matches, demo);
        }));
    }

    private final Matches matches;
    private final MatchConfigRequest demo;
    private boolean busy;

    private DemoMatchKeeper(ActorContext<Command> ctx, Matches matches, MatchConfigRequest demo) {
        super(ctx);
        this.matches = matches;
        this.demo = demo;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessageEquals(Check.INSTANCE, this::onCheck)
                .onMessage(Listed.class, this::onListed)
                .onMessage(Done.class, this::onDone)
                .build();
    }

    private Behavior<Command> onCheck() {
        if (!busy) {
            busy = true;
            getContext().pipeToSelf(matches.list(), Listed::new);
        }
        return this;
    }

    private Behavior<Command> onListed(Listed msg) {
        if (msg.failure() != null) {
            busy = false;
            return this;
        }
        boolean demoAlive = msg.matches().stream()
                .anyMatch(m -> m.demo() && !MatchStatus.FINISHED.name().equals(m.status()));
        if (demoAlive) {
            busy = false;
            return this;
        }
        MatchSettings settings = MatchPresets.settings(demo, PolicySettings.defaults(),
                matches::randomSeed, true);
        getContext().pipeToSelf(matches.create(settings).thenCompose(reply -> {
            if (!(reply instanceof MatchEntity.Created created)) {
                throw new IllegalStateException("demo match not created: " + reply);
            }
            return matches.ask(created.matchId(),
                    replyTo -> new MatchEntity.Control(MatchEntity.ControlAction.START, replyTo));
        }), (reply, failure) -> new Done("demo match", failure));
        return this;
    }

    private Behavior<Command> onDone(Done msg) {
        busy = false;
        if (msg.failure() != null) {
            getContext().getLog().warn("could not start the {}: {}", msg.what(), msg.failure().getMessage());
        } else {
            getContext().getLog().info("started a new demo match");
        }
        return this;
    }
}
