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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a demo match of house bots running with open seats, so a newcomer can watch the stream and
 * join at once. Every few seconds it looks at the match list; when no demo match is open, running
 * or paused it creates one and starts it, and a demo match left open (its start failed, e.g. while
 * a cluster was forming) it starts.
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

    /** What the keeper does after a look at the match list. */
    sealed interface Next {
    }

    /** A demo match is running or paused: nothing to do. */
    record Nothing() implements Next {
    }

    /** A demo match was created but not started (its start failed, e.g. while a cluster formed): start it. */
    record Start(String matchId) implements Next {
    }

    /** No demo match is open, running or paused: create one and start it. */
    record Create() implements Next {
    }

    /** The keeper's rule on the match list. */
    static Next next(List<MatchSummary> matches) {
        List<MatchSummary> alive = matches.stream()
                .filter(m -> m.demo() && !MatchStatus.FINISHED.name().equals(m.status()))
                .toList();
        if (alive.isEmpty()) {
            return new Create();
        }
        return alive.stream()
                .filter(m -> MatchStatus.OPEN.name().equals(m.status()))
                .findFirst()
                .<Next>map(m -> new Start(m.matchId()))
                .orElse(new Nothing());
    }

    private Behavior<Command> onListed(Listed msg) {
        if (msg.failure() != null) {
            busy = false;
            return this;
        }
        Next next = next(msg.matches());
        if (next instanceof Start start) {
            getContext().pipeToSelf(start(start.matchId()),
                    (reply, failure) -> new Done("demo match " + start.matchId() + " (created earlier)", failure));
        } else if (next instanceof Create) {
            MatchSettings settings = MatchPresets.settings(demo, PolicySettings.defaults(),
                    matches::randomSeed, true);
            getContext().pipeToSelf(matches.create(settings).thenCompose(reply -> {
                if (!(reply instanceof MatchEntity.Created created)) {
                    throw new IllegalStateException("demo match not created: " + reply);
                }
                return start(created.matchId());
            }), (reply, failure) -> new Done("new demo match", failure));
        } else {
            busy = false;
        }
        return this;
    }

    private CompletionStage<MatchEntity.Reply> start(String matchId) {
        return matches.ask(matchId, replyTo -> new MatchEntity.Control(MatchEntity.ControlAction.START, replyTo))
                .thenApply(reply -> {
                    if (!(reply instanceof MatchEntity.ControlDone)) {
                        throw new IllegalStateException("not started: " + reply);
                    }
                    return reply;
                });
    }

    private Behavior<Command> onDone(Done msg) {
        busy = false;
        if (msg.failure() != null) {
            getContext().getLog().warn("could not start the {}: {}", msg.what(), msg.failure().getMessage());
        } else {
            getContext().getLog().info("started the {}", msg.what());
        }
        return this;
    }
}
