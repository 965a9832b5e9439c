package dev.involution.arena.http.match;

import akka.NotUsed;
import akka.stream.Materializer;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import dev.involution.arena.http.StreamCursor;
import dev.involution.arena.http.StreamText;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

/**
 * What one subscriber of a match's stream is sent, decided in one place, pulled by its socket: an
 * optional first message (the snapshot), then of the feed's frames exactly the next sequence number
 * (so nothing is sent twice and nothing after a hole), heartbeats, and for the overflow mark the
 * resync that names the subscriber's next sequence number (the last message). Where a frame (or a
 * heartbeat's last sequence number) shows the feed ahead of the next one, the events in between are
 * read from the journal first; the feed's frames have no gaps, so that happens only where a
 * subscriber starts behind the feed (a reconnect with {@code ?from}, read at once, or a snapshot
 * older than the feed's oldest frame). Frames older than the next one are dropped.
 */
final class SubscriberCursor implements StreamCursor<StreamText> {

    /** The journal's events from {@code from} to {@code to} (both included) as frames. */
    @FunctionalInterface
    interface Journal {
        Source<StreamFrame, NotUsed> between(long from, long to);
    }

    /** A journal read's result, handed from the thread that finished it to the reader. */
    private record Caught(List<StreamFrame> frames, StreamFrame then, Throwable failure) {
    }

    private final StreamCursor<StreamFrame> frames;
    private final Journal journal;
    private final LongFunction<StreamText> resync;
    private final Runnable sent;
    private final Runnable wake;
    private final Materializer materializer;
    private final ArrayDeque<StreamText> ready = new ArrayDeque<>();
    private final AtomicReference<Caught> caught = new AtomicReference<>();
    private long next;
    /** A journal read is under way; frames wait for it. */
    private boolean reading;
    private boolean ended;
    private boolean endAfterReady;
    private Throwable failure;

    /**
     * @param start   the first sequence number to send
     * @param first   a message to send before any frame (the snapshot), if any
     * @param catchUpTo where a reconnect's journal read ends (from {@code start}), before any frame
     * @param frames  the feed's frames, opened with the same {@code wake}
     * @param resync  the resync message for a subscriber whose next sequence number is the argument
     * @param sent    told of every message sent
     * @param wake    run when a journal read has finished
     */
    SubscriberCursor(long start, Optional<StreamText> first, Optional<Long> catchUpTo, StreamCursor<StreamFrame> frames,
                     Journal journal, LongFunction<StreamText> resync, Runnable sent, Runnable wake,
                     Materializer materializer) {
        this.next = start;
        this.frames = frames;
        this.journal = journal;
        this.resync = resync;
        this.sent = sent;
        this.wake = wake;
        this.materializer = materializer;
        first.ifPresent(ready::add);
        catchUpTo.filter(last -> last >= start).ifPresent(last -> readJournal(last, null));
    }

    @Override
    public StreamText poll() {
        while (!ended) {
            if (!ready.isEmpty()) {
                StreamText message = ready.poll();
                ended = endAfterReady && ready.isEmpty();
                sent.run();
                return message;
            }
            if (endAfterReady) {
                ended = true;
                return null;
            }
            if (reading) {
                Caught done = caught.getAndSet(null);
                if (done == null) {
                    return null;
                }
                caughtUp(done);
                continue;
            }
            StreamFrame frame = frames.poll();
            if (frame == null) {
                if (frames.ended()) {
                    ended = true;
                    failure = frames.failure();
                }
                return null;
            }
            if (!frame.overflowed() && !frame.heartbeat() && frame.seq() == next) {
                // The usual case, for every subscriber at every event: the next one, sent as it is.
                next++;
                sent.run();
                return frame.text();
            }
            offer(frame);
        }
        return null;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    @Override
    public Throwable failure() {
        return failure;
    }

    @Override
    public boolean urgent() {
        return !ended && (frames.urgent() || endAfterReady);
    }

    @Override
    public void close() {
        ended = true;
        frames.close();
    }

    /** One frame of the feed: what it adds to the messages ready to send. */
    private void offer(StreamFrame frame) {
        if (frame.overflowed()) {
            ready.add(resync.apply(next));
            endAfterReady = true;
            return;
        }
        long last = frame.heartbeat() ? frame.lastSeq() : frame.seq() - 1;
        if (last >= next) {
            readJournal(last, frame);
        } else if (frame.heartbeat()) {
            ready.add(frame.text());
        } else if (frame.seq() == next) {
            next++;
            ready.add(frame.text());
        }
    }

    /** The events from {@code next} to {@code last}, then {@code then} (if any), in order. */
    private void readJournal(long last, StreamFrame then) {
        reading = true;
        journal.between(next, last).runWith(Sink.seq(), materializer).whenComplete((read, failed) -> {
            caught.set(new Caught(read, then, failed));
            wake.run();
        });
    }

    private void caughtUp(Caught done) {
        reading = false;
        if (done.failure() != null) {
            ended = true;
            failure = done.failure();
            frames.close();
            return;
        }
        for (StreamFrame frame : done.frames()) {
            if (frame.seq() == next) {
                next++;
                ready.add(frame.text());
            }
        }
        StreamFrame then = done.then();
        if (then != null && (then.heartbeat() || then.seq() == next)) {
            if (!then.heartbeat()) {
                next++;
            }
            ready.add(then.text());
        }
    }
}
