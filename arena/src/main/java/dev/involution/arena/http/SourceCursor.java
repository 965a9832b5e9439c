package dev.involution.arena.http;

import akka.actor.typed.ActorSystem;
import akka.stream.Attributes;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.SinkQueueWithCancel;
import akka.stream.javadsl.Source;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An Akka stream's elements as a {@link StreamCursor}: for a subscriber whose messages are a stream
 * of its own (the tournament's), so that either edge's socket can write them. The stream runs when
 * the cursor opens and is pulled one element ahead of the reader (nothing buffered beyond it), so
 * the reader's pace is the stream's demand; the wake-up runs when a pulled element, the end or a
 * failure arrives. A failure ends the cursor at once (an element the stream had not handed over yet
 * is dropped: the socket ends in an error anyway). Closing the cursor cancels the stream.
 *
 * @param <T> the messages
 */
public final class SourceCursor<T> implements StreamCursor<T> {
    private final SinkQueueWithCancel<T> queue;
    private final Runnable wake;
    private CompletableFuture<Optional<T>> next;
    private volatile boolean ended;
    private volatile Throwable failure;

    private SourceCursor(SinkQueueWithCancel<T> queue, Runnable wake) {
        this.queue = queue;
        this.wake = wake;
        pull();
    }

    /** Runs {@code source} and opens a cursor over its elements with {@code wake}. */
    public static <T> SourceCursor<T> open(Source<T, ?> source, ActorSystem<?> system, Runnable wake) {
        return new SourceCursor<>(source.runWith(Sink.<T>queue().withAttributes(Attributes.inputBuffer(1, 1)), system),
                wake);
    }

    private void pull() {
        next = queue.pull().toCompletableFuture();
        next.whenComplete((element, error) -> wake.run());
    }

    @Override
    public T poll() {
        if (ended || !next.isDone()) {
            return null;
        }
        Optional<T> element;
        try {
            element = next.join();
        } catch (RuntimeException e) {
            failure = FailureCause.of(e);
            ended = true;
            return null;
        }
        if (element.isEmpty()) {
            ended = true;
            return null;
        }
        pull();
        return element.get();
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
    public void close() {
        ended = true;
        queue.cancel();
    }
}
