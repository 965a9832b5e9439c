package dev.involution.arena.match;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.Extension;
import akka.actor.typed.ExtensionId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The matches of this node whose inbox is refusing new orders right now (admission control, see
 * {@link MatchInbox}), so that the order route refuses another new order at once, before it asks
 * the match: under overload a refusal then costs the node an HTTP request, not also the ask through
 * sharding and the inbox's turn, and that CPU stays with the orders being written. The inbox marks
 * its match when it refuses and clears the mark when it hands its queue to the next write; a mark
 * also lapses by itself after {@link #HOLD_MILLIS} ms, so a match whose inbox stopped meanwhile is
 * never refused for longer. Matches on other nodes are not seen here: their orders go to the match.
 */
public final class OverloadedMatches implements Extension {
    static final long HOLD_MILLIS = 20;
    private static final long HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(HOLD_MILLIS);

    /** Match id to the time (System.nanoTime) until which its new orders are refused. */
    private final ConcurrentHashMap<String, Long> refusingUntil = new ConcurrentHashMap<>();

    OverloadedMatches() {
    }

    public static OverloadedMatches get(ActorSystem<?> system) {
        return Id.INSTANCE.apply(system);
    }

    /** Whether a new order for {@code matchId} arriving now is to be refused without asking the match. */
    public boolean refusing(String matchId) {
        return refusing(matchId, System.nanoTime());
    }

    boolean refusing(String matchId, long now) {
        Long until = refusingUntil.get(matchId);
        return until != null && now - until < 0;
    }

    /** The refusal the match itself gives (HTTP 503 with Retry-After). */
    public static Rejection refusal() {
        return Refusals.overloaded();
    }

    /** The match's inbox refused an order at {@code now}. */
    void refused(String matchId, long now) {
        refusingUntil.put(matchId, now + HOLD_NANOS);
    }

    /** The match's inbox admits again (its queue went to a write, or it stopped). */
    void admitting(String matchId) {
        refusingUntil.remove(matchId);
    }

    private static final class Id extends ExtensionId<OverloadedMatches> {
        static final Id INSTANCE = new Id();

        @Override
        public OverloadedMatches createExtension(ActorSystem<?> system) {
            return new OverloadedMatches();
        }
    }
}
