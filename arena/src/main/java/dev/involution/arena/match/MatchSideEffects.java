package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.pubsub.Topic;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.metrics.ArenaMetrics;
import java.util.List;

/**
 * What follows once a match's events are durable (or its state recovered): the events go out on the
 * stream, orders and trades are counted, the timers follow the state, house bots start, play or
 * stop, the directory hears of lifecycle changes, and a settled round goes to the regulator.
 */
final class MatchSideEffects {
    private final ActorRef<Topic.Command<MatchEvent>> topic;
    private final ArenaMetrics metrics;
    private final MatchTimers timers;
    private final HouseBots houseBots;
    private final ActorRef<MatchDirectory.Command> directory;
    private final ActorRef<Regulator.Command> regulator;

    MatchSideEffects(ActorRef<Topic.Command<MatchEvent>> topic, ArenaMetrics metrics, MatchTimers timers,
                     HouseBots houseBots, ActorRef<MatchDirectory.Command> directory,
                     ActorRef<Regulator.Command> regulator) {
        this.topic = topic;
        this.metrics = metrics;
        this.timers = timers;
        this.houseBots = houseBots;
        this.directory = directory;
        this.regulator = regulator;
    }

    /** A match recovered from its journal picks up its timers, its house bots and its place in the directory. */
    void recovered(MatchState state) {
        if (state.created()) {
            timers.reschedule(state);
            houseBots.start(state);
            report(state);
        }
    }

    /**
     * After a write of these events: answers the round the regulator now has to rule on (a round was
     * settled), or -1.
     */
    int written(MatchState state, List<MatchEvent> events) {
        boolean roundChanged = false;
        boolean lifecycleChanged = false;
        boolean settled = false;
        long orders = 0;
        long trades = 0;
        for (MatchEvent e : events) {
            topic.tell(Topic.publish(e));
            if (e instanceof MatchEvent.OrderPlaced placed) {
                orders++;
                trades += placed.fills().size();
            }
            settled |= e instanceof MatchEvent.RoundSettled;
            roundChanged |= e instanceof MatchEvent.RoundSettled || e instanceof MatchEvent.MatchStarted;
            lifecycleChanged |= !(e instanceof MatchEvent.OrderPlaced || e instanceof MatchEvent.OrderCancelled
                    || e instanceof MatchEvent.DecisionsSet || e instanceof MatchEvent.MessageBroadcast
                    || e instanceof MatchEvent.FirmReady);
        }
        metrics.ordersPlaced(orders);
        metrics.tradesExecuted(trades);
        if (lifecycleChanged) {
            timers.round(state);
            timers.start(state);
            report(state);
            if (state.status() == MatchStatus.FINISHED) {
                houseBots.stopAll();
                timers.retireOnceFinished(state);
            } else {
                houseBots.start(state);
            }
        }
        if (roundChanged && state.status() == MatchStatus.RUNNING) {
            houseBots.roundOpened(state);
        }
        if (state.status() != MatchStatus.RUNNING || !settled) {
            return -1;
        }
        List<Intervention> ending = events.stream().filter(MatchEvent.InterventionLifted.class::isInstance)
                .map(e -> ((MatchEvent.InterventionLifted) e).intervention()).toList();
        RegulatorPolicy.Input input = new RegulatorPolicy.Input(state.market().config(), state.market().reports(),
                state.market().interventions(), ending, state.market().round());
        regulator.tell(new Regulator.RoundSettled(input, state.policy(), state.policySettings()));
        return state.market().round();
    }

    private void report(MatchState state) {
        directory.tell(new MatchDirectory.MatchChanged(MatchViews.summary(state)));
    }
}
