package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.SeededRandom;
import dev.involution.bots.strategy.BuiltInStrategies;
import dev.involution.arena.view.ApiViews;
import dev.involution.arena.view.RemedyRequest;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.strategy.Plan;
import dev.involution.bots.strategy.Strategy;
import java.time.Duration;

/**
 * A house bot: plays one seat of a match with a built-in strategy. When a round opens it waits a
 * moment (a random part of the first quarter of the round, so the book fills gradually, as with
 * people), then sends the match its decisions and orders as any player would. Its idempotency
 * keys name the round, so a bot restarted with its match (which opens the same round to it again)
 * cannot place the round's orders twice.
 */
public final class HouseBot extends AbstractBehavior<HouseBot.Command> {

    public sealed interface Command extends CborSerializable {
    }

    /** A round has opened: the market and the bot's own firm as they are now; in lockstep the bot acts at once. */
    public record RoundOpened(int round, MarketView market, OwnFirm me, long remainingMillis, boolean lockstep)
            implements Command {
    }

    private record Act(int round, MarketView market, OwnFirm me, boolean lockstep) implements Command {
    }

    private record Answered(MatchEntity.Reply reply) implements Command {
    }

    private static final String ACT_TIMER = "act";

    public static Behavior<Command> create(ActorRef<MatchEntity.Command> match, String playerId, String strategy,
                                           long seed) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers ->
                new HouseBot(ctx, timers, match, playerId, BuiltInStrategies.create(strategy, seed ^ playerId.hashCode()), seed)));
    }

    private final TimerScheduler<Command> timers;
    private final ActorRef<MatchEntity.Command> match;
    private final String playerId;
    private final Strategy strategy;
    private final SeededRandom random;
    private final ActorRef<MatchEntity.Reply> answers;
    private int lastRoundPlayed;

    private HouseBot(ActorContext<Command> ctx, TimerScheduler<Command> timers, ActorRef<MatchEntity.Command> match,
                     String playerId, Strategy strategy, long seed) {
        super(ctx);
        this.timers = timers;
        this.match = match;
        this.playerId = playerId;
        this.strategy = strategy;
        this.random = new SeededRandom(seed ^ playerId.hashCode());
        this.answers = ctx.messageAdapter(MatchEntity.Reply.class, Answered::new);
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RoundOpened.class, this::onRoundOpened)
                .onMessage(Act.class, this::onAct)
                .onMessage(Answered.class, this::onAnswered)
                .build();
    }

    private Behavior<Command> onRoundOpened(RoundOpened msg) {
        if (msg.round() <= lastRoundPlayed) {
            return this;
        }
        long delay = msg.remainingMillis() <= 0 || msg.lockstep() ? 0
                : random.nextLong(Math.max(1, msg.remainingMillis() / 4));
        timers.startSingleTimer(ACT_TIMER, new Act(msg.round(), msg.market(), msg.me(), msg.lockstep()),
                Duration.ofMillis(delay));
        return this;
    }

    private Behavior<Command> onAct(Act msg) {
        lastRoundPlayed = msg.round();
        Plan plan = strategy.plan(msg.market(), msg.me());
        String round = "round-" + msg.round();
        if (plan == null) {
            readyIfLockstep(msg);
            return this;
        }
        if (plan.decisions() != null) {
            match.tell(new MatchEntity.SetDecisions(playerId, ApiViews.decisions(plan.decisions()),
                    RemedyRequest.of(plan.decisions()), round, answers));
        }
        if (plan.orders() != null) {
            for (int i = 0; i < plan.orders().size(); i++) {
                OrderRequest o = plan.orders().get(i);
                match.tell(new MatchEntity.PlaceOrder(playerId, ApiViews.side(o.side()), o.price(), o.quantity(),
                        orderKey(round, i, o), answers));
            }
        }
        readyIfLockstep(msg);
        return this;
    }

    /** In a lockstep match a house bot is ready as soon as it has acted: it never holds up a round. */
    private void readyIfLockstep(Act msg) {
        if (msg.lockstep()) {
            match.tell(new MatchEntity.Ready(playerId, msg.round(), answers));
        }
    }

    /** The round and the order's place in the plan: the same after a restart, so the match takes each order once. */
    private static String orderKey(String round, int index, OrderRequest order) {
        return round + "-" + (order.clientOrderId() != null ? order.clientOrderId() : Integer.toString(index));
    }

    private Behavior<Command> onAnswered(Answered msg) {
        if (msg.reply() instanceof MatchEntity.Rejected r) {
            getContext().getLog().debug("house bot {} refused: {}", playerId, r.rejection().message());
        }
        return this;
    }
}
