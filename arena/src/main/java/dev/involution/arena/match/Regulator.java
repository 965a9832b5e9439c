package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import java.util.List;

/**
 * The regulator of one match. After each settled round the match tells it what happened; it runs
 * the policy in force and sends the interventions it decides on (none, too) back to the match, which
 * persists, enforces and broadcasts them. The rules themselves live in the engine's policies.
 */
public final class Regulator extends AbstractBehavior<Regulator.Command> {

    public sealed interface Command {
    }

    /** A round was settled: the policy's input and the policy in force. */
    public record RoundSettled(RegulatorPolicy.Input input, String policy, PolicySettings settings)
            implements Command {
    }

    public static Behavior<Command> create(ActorRef<MatchEntity.Command> match) {
        return Behaviors.setup(ctx -> new Regulator(ctx, match));
    }

    private final ActorRef<MatchEntity.Command> match;

    private Regulator(ActorContext<Command> ctx, ActorRef<MatchEntity.Command> match) {
        super(ctx);
        this.match = match;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RoundSettled.class, this::onRoundSettled)
                .build();
    }

    private Behavior<Command> onRoundSettled(RoundSettled msg) {
        RegulatorPolicy policy = Policies.create(msg.policy(), msg.settings());
        List<Intervention> proposals = policy.evaluate(msg.input());
        // Also when there is nothing to impose: a lockstep round waits for the regulator's ruling.
        match.tell(new MatchEntity.Impose(proposals, msg.input().nextRound()));
        return this;
    }
}
