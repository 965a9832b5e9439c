package dev.involution.arena.match;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.TimerScheduler;
import dev.involution.arena.ArenaLifecycle;
import java.time.Clock;
import java.time.Duration;

/**
 * The match's own timers: the end of the running round (at its absolute deadline), the start of a
 * match created to start by itself, and the retirement of a finished match from memory.
 */
final class MatchTimers {
    private static final String ROUND_TIMER = "round";
    private static final String RETIRE_TIMER = "retire";
    private static final String START_TIMER = "start";

    private final TimerScheduler<MatchEntity.Command> timers;
    private final Clock clock;
    private final ActorSystem<?> system;

    MatchTimers(TimerScheduler<MatchEntity.Command> timers, Clock clock, ActorSystem<?> system) {
        this.timers = timers;
        this.clock = clock;
        this.system = system;
    }

    /** Sets all three to what the state asks for. */
    void reschedule(MatchState state) {
        round(state);
        start(state);
        retireOnceFinished(state);
    }

    /** A running round ends at its deadline; anything else has no round timer. */
    void round(MatchState state) {
        if (state.status() != MatchStatus.RUNNING) {
            timers.cancel(ROUND_TIMER);
            return;
        }
        long delay = Math.max(0, state.deadline() - clock.millis());
        timers.startSingleTimer(ROUND_TIMER, new MatchEntity.Tick(state.market().round()), Duration.ofMillis(delay));
    }

    /** A match created to start by itself is woken at its start time. */
    void start(MatchState state) {
        if (state.status() != MatchStatus.OPEN || state.settings().startAt() <= 0) {
            timers.cancel(START_TIMER);
            return;
        }
        long delay = Math.max(0, state.settings().startAt() - clock.millis());
        timers.startSingleTimer(START_TIMER, MatchEntity.StartDue.INSTANCE, Duration.ofMillis(delay));
    }

    /** A finished match leaves memory after a while; anything asked of it later brings it back. */
    void retireOnceFinished(MatchState state) {
        if (state.status() == MatchStatus.FINISHED && !timers.isTimerActive(RETIRE_TIMER)) {
            timers.startSingleTimer(RETIRE_TIMER, MatchEntity.Retire.INSTANCE, ArenaLifecycle.retireAfter(system));
        }
    }
}
