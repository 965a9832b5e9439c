package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The events and replies decided for the batch a match is about to write (group commit). Command
 * handlers apply each event to the live state as they decide it and stage it here with the reply
 * that answers it; the replies go out only after every staged event is durable.
 */
final class PendingWrite {
    private final List<MatchEvent> events = new ArrayList<>();
    private final List<Runnable> replies = new ArrayList<>();
    private final RefusalLog refusals;
    /** The player whose request is being decided, what it is, when and in which round; null between requests. */
    private String actor;
    private String request;
    private long at;
    private int round;

    PendingWrite(RefusalLog refusals) {
        this.refusals = refusals;
    }

    /** Refusals from now until {@link #done()} are the player's, of this request: the log keeps them. */
    void acting(String playerId, String what, long now, int currentRound) {
        actor = playerId;
        request = what;
        at = now;
        round = currentRound;
    }

    void done() {
        actor = null;
        request = null;
    }

    /** The staged events and replies, taken out of this batch (which is empty afterwards). */
    record Drained(List<MatchEvent> events, List<Runnable> replies) {
    }

    /** Adds decided events and a reply to the batch; the reply is sent once the batch is durable. */
    void stage(List<MatchEvent> decided, Runnable reply) {
        events.addAll(decided);
        replies.add(reply);
    }

    void reply(ActorRef<MatchEntity.Reply> replyTo, MatchEntity.Reply reply) {
        stage(List.of(), () -> replyTo.tell(reply));
    }

    void reject(ActorRef<MatchEntity.Reply> replyTo, Rejection rejection) {
        if (actor != null) {
            refusals.note(actor, new MatchEntity.Refusal(at, round, request, rejection));
        }
        reply(replyTo, new MatchEntity.Rejected(rejection));
    }

    /** Reads wait behind pending writes, so they never show state that is not yet durable. */
    void read(MatchState state, ActorRef<MatchEntity.Reply> replyTo, Supplier<MatchEntity.Reply> view) {
        if (!state.created()) {
            reject(replyTo, Refusals.noSuchMatch());
            return;
        }
        reply(replyTo, view.get());
    }

    /**
     * A retry with a known idempotency key gets the original answer, or a refusal if the request
     * differs; returns whether it was such a retry (and so is answered).
     */
    boolean replayedRetry(MatchState state, String playerId, String key, String fingerprint,
                          ActorRef<MatchEntity.Reply> replyTo, LongFunction<MatchEntity.Reply> answer) {
        return replayedRetryOf(state, playerId, key, fingerprint, replyTo, earlier -> answer.apply(earlier.value()));
    }

    /** As {@link #replayedRetry}, answering from all that the key's first use kept. */
    boolean replayedRetryOf(MatchState state, String playerId, String key, String fingerprint,
                            ActorRef<MatchEntity.Reply> replyTo,
                            Function<MatchState.KeyedResult, MatchEntity.Reply> answer) {
        if (key == null) {
            return false;
        }
        MatchState.KeyedResult earlier = state.keyed(MatchState.actionKey(playerId, key));
        if (earlier == null) {
            return false;
        }
        if (!earlier.fingerprint().equals(fingerprint)) {
            reject(replyTo, Refusals.keyReused("Idempotency-Key"));
        } else {
            reply(replyTo, answer.apply(earlier));
        }
        return true;
    }

    Drained drain() {
        Drained drained = new Drained(List.copyOf(events), List.copyOf(replies));
        events.clear();
        replies.clear();
        return drained;
    }

    /** Applies a decided event to the live state and returns it, to be staged. */
    static <E extends MatchEvent> E applied(MatchState state, E event) {
        state.apply(event);
        return event;
    }
}
