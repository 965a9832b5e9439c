package dev.involution.arena.http.match;

import akka.NotUsed;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.pubsub.Topic;
import akka.stream.KillSwitches;
import akka.stream.UniqueKillSwitch;
import akka.stream.javadsl.Keep;
import akka.stream.javadsl.Source;
import dev.involution.arena.http.Fanout;
import dev.involution.arena.http.StreamText;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.pubsub.TopicSubscription;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A match's live events on this node, for all of its subscribers at once: one subscription to the
 * match's topic, the events put in gap-free {@code seq} order once (a gap filled from the journal;
 * after {@link MatchStream#CATCH_UP_SECONDS} s without events the journal is read from the next
 * expected number, so an event whose publication was missed still comes), each event's message
 * written once, and the same {@link StreamFrame} handed to every subscriber through a
 * {@link Fanout} (a ring of the last frames, each subscriber reading from its own position). After
 * {@link MatchStream#HEARTBEAT_SECONDS} s without events it sends a heartbeat frame. Per subscriber
 * only its position in the ring and the socket's writes remain ({@link MatchStream}).
 */
final class MatchFeed {
    /** Live events the feed holds while it catches up from the journal; beyond, the oldest go (and are read back). */
    private static final int LIVE_BUFFER = 4_096;
    /** The feed's stream is run right after it subscribes. */
    private static final Duration STARTS_AT_ONCE = Duration.ofSeconds(5);

    private final AtomicLong next = new AtomicLong();
    private final Fanout<StreamFrame> frames;
    private final UniqueKillSwitch stop;
    private int subscribers;

    /**
     * @param past      the match's events in the journal
     * @param message   an event's message, written once
     * @param heartbeat a heartbeat's message, stamped now
     * @param behind    how many frames a subscriber may fall behind before it is ended with a resync
     */
    MatchFeed(ActorSystem<?> system, ActorRef<Topic.Command<MatchEvent>> topic,
              PastEvents past, Function<MatchEvent, StreamText> message, Supplier<StreamText> heartbeat, int behind) {
        this.frames = new Fanout<>(behind);
        this.stop = TopicSubscription.subscribe(system, topic, LIVE_BUFFER, STARTS_AT_ONCE)
                .map(Optional::of)
                .keepAlive(Duration.ofSeconds(MatchStream.CATCH_UP_SECONDS), Optional::<MatchEvent>empty)
                .flatMapConcat(maybe -> maybe.isEmpty() ? idle(past) : inSequence(past, maybe.get()))
                .filter(this::advance)
                .map(e -> new StreamFrame(e.seq(), e.seq(), message.apply(e)))
                .keepAlive(Duration.ofSeconds(MatchStream.HEARTBEAT_SECONDS),
                        () -> new StreamFrame(0, next.get() - 1, heartbeat.get()))
                .viaMat(KillSwitches.single(), Keep.right())
                .toMat(frames.sink(), Keep.left())
                .run(system);
    }

    /** The journal's events of one match from {@code from} to {@code to}, both included. */
    @FunctionalInterface
    interface PastEvents {
        Source<MatchEvent, NotUsed> between(long from, long to);
    }

    /**
     * A subscriber's cursor over every frame from now on, preceded by those still in the ring that
     * carry {@code fromSeq} or later (so a subscriber whose snapshot is a little older than the
     * feed's newest frame need not read the events in between from the journal); for a subscriber
     * that falls too far behind, {@code overflow}'s frame and the end.
     */
    Fanout<StreamFrame>.Cursor frames(long fromSeq, Runnable wake, Supplier<StreamFrame> overflow) {
        return frames.cursor(overflow, frame -> frame.lastSeq() >= fromSeq, wake);
    }

    /**
     * A subscriber starts at {@code seq}: if the feed has seen no event yet, it expects that one
     * first, so that its idle catch-up reads from there.
     */
    void expect(long seq) {
        next.compareAndSet(0, seq);
    }

    /** Ends the feed: its topic subscription and its subscribers' streams. */
    void stop() {
        stop.shutdown();
    }

    /** Subscribers counted by {@link MatchFeeds}, under the lock of this match's entry. */
    synchronized int subscribers(int change) {
        subscribers += change;
        return subscribers;
    }

    /** While quiet: the journal's events from the next expected one, if the feed knows it. */
    private Source<MatchEvent, NotUsed> idle(PastEvents past) {
        long expected = next.get();
        return expected == 0 ? Source.empty() : past.between(expected, Long.MAX_VALUE);
    }

    /** A live event, preceded by the journal's events between the next expected number and it. */
    private Source<MatchEvent, NotUsed> inSequence(PastEvents past, MatchEvent e) {
        long expected = next.get();
        if (expected == 0 || e.seq() == expected) {
            // The usual case: flatMapConcat passes a Source.single on without a substream.
            return Source.single(e);
        }
        if (e.seq() < expected) {
            return Source.empty();
        }
        return past.between(expected, e.seq() - 1).concat(Source.single(e));
    }

    /** Exactly the next sequence number passes (the first event sets it), so the frames have no gaps. */
    private boolean advance(MatchEvent e) {
        long expected = next.get();
        if (expected != 0 && e.seq() != expected) {
            return false;
        }
        next.set(e.seq() + 1);
        return true;
    }
}
