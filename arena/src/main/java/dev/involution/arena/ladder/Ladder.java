package dev.involution.arena.ladder;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.japi.function.Function;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** Asks the ladder singleton on behalf of the routes. */
public final class Ladder {
    private final ActorSystem<?> system;
    private final ActorRef<LadderEntity.Command> ladder;
    private final Duration askTimeout;

    public Ladder(ActorSystem<?> system, ActorRef<LadderEntity.Command> ladder, Duration askTimeout) {
        this.system = system;
        this.ladder = ladder;
        this.askTimeout = askTimeout;
    }

    public CompletionStage<LadderEntity.Reply> ask(Function<ActorRef<LadderEntity.Reply>, LadderEntity.Command> command) {
        return AskPattern.ask(ladder, command::apply, askTimeout, system.scheduler());
    }
}
