package dev.involution.arena.http;

import akka.NotUsed;
import akka.stream.javadsl.Sink;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One producer's elements handed to many subscribers on this node, each element once in a ring of
 * the last ones, each subscriber with only its own position in it. The producer ({@link #sink()},
 * or {@link #publish} from one thread at a time) never waits: it appends, and wakes only the
 * subscribers that wait for an element (each subscriber's socket pulls at its own pace, reading
 * from its position as far as its demand goes). A subscriber more than {@code limit} elements
 * behind the newest is ended with its {@code overflow} element (a resync), found when it asks for
 * the next element or, if it asks for nothing, by the producer every {@code limit / 4} elements;
 * the others are not held back. Completion (or failure) of the producer reaches every subscriber
 * after the elements it has still to read.
 *
 * <p>The cost per element is one slot written, plus one wake-up per subscriber that was waiting;
 * per subscriber it is its reads and its socket's write, whatever the number of subscribers.
 */
public final class Fanout<T> {
    /** One element in the ring with its position, so that a reader can tell it was overwritten. */
    private record Slot<T>(long position, T element) {
    }

    private final int limit;
    private final int mask;
    private final int scanEvery;
    private final AtomicReferenceArray<Slot<T>> ring;
    /** Elements published; the next one's position. Written by the producer only. */
    private volatile long head;
    private volatile boolean finished;
    private volatile Throwable failure;
    private final Set<Cursor> subscribers = ConcurrentHashMap.newKeySet();
    private final Queue<Cursor> waiting = new ConcurrentLinkedQueue<>();

    /** @param limit how many elements a subscriber may fall behind the newest before it is ended */
    public Fanout(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a subscriber may fall at least one element behind");
        }
        this.limit = limit;
        int capacity = Integer.highestOneBit(limit) == limit ? limit : Integer.highestOneBit(limit) << 1;
        this.mask = capacity - 1;
        this.scanEvery = Math.max(1, limit / 4);
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    /** The producer's side: each element published in order; the stream's end ends every subscriber. */
    public Sink<T, NotUsed> sink() {
        return Sink.<T>foreach(this::publish).mapMaterializedValue(done -> {
            done.whenComplete((d, f) -> finish(f));
            return NotUsed.getInstance();
        });
    }

    /** Appends one element and wakes the subscribers that wait. One thread at a time. */
    public void publish(T element) {
        long position = head;
        ring.set((int) position & mask, new Slot<>(position, element));
        head = position + 1;
        wakeWaiting();
        if ((position + 1) % scanEvery == 0) {
            endTheFarBehind(position + 1);
        }
    }

    /** Ends every subscriber once it has read what is in the ring: normally, or with {@code cause}. */
    public void finish(Throwable cause) {
        failure = cause;
        finished = true;
        wakeWaiting();
    }

    /**
     * A reader's {@link Cursor}: every element published from now on, preceded by the newest ones
     * still in the ring that {@code wanted} accepts (read back from the newest until the first it
     * does not accept, at most {@code limit / 2} of them), so that a subscriber can begin with
     * elements published before it started; when it falls more than {@code limit} behind,
     * {@code overflow}'s element and the end. {@code wake} is run on the producer's thread and
     * should only hand the reader a turn (it must not poll there).
     */
    public Cursor cursor(Supplier<T> overflow, Predicate<T> wanted, Runnable wake) {
        return new Cursor(overflow, wanted, wake);
    }

    /** Subscribers reading now. */
    public int subscriberCount() {
        return subscribers.size();
    }

    private void wakeWaiting() {
        Cursor s;
        while ((s = waiting.poll()) != null) {
            if (s.waiting.compareAndSet(true, false)) {
                s.wake.run();
            }
        }
    }

    /** Subscribers that ask for nothing do not notice that they fell behind: they are told. */
    private void endTheFarBehind(long newest) {
        for (Cursor s : subscribers) {
            if (newest - s.position > limit && s.overflowed.compareAndSet(false, true)) {
                s.wake.run();
            }
        }
    }

    /**
     * One subscriber's position in the ring, read by one thread at a time with {@link #poll}, for a
     * socket that writes by itself (a Netty channel) or for an Akka stream ({@link CursorSource}). Its
     * {@code wake} is run (on the producer's thread) when an element arrives after a {@link #poll}
     * found none, and when the subscriber has fallen too far behind: the reader then polls again.
     */
    public final class Cursor implements StreamCursor<T> {
        private final AtomicBoolean waiting = new AtomicBoolean();
        private final AtomicBoolean overflowed = new AtomicBoolean();
        private final Supplier<T> overflow;
        private final Runnable wake;
        /** The next element's position; written by the reader, read by the producer. */
        private volatile long position;
        private boolean ended;
        private boolean producerEnded;

        private Cursor(Supplier<T> overflow, Predicate<T> wanted, Runnable wake) {
            this.overflow = overflow;
            this.wake = wake;
            this.position = firstWanted(wanted);
            subscribers.add(this);
        }

        /**
         * The next element; or the overflow element, once, when this subscriber has fallen more than
         * the limit behind (then it has ended); or {@code null}: nothing now ({@code wake} runs when
         * there is), or the end ({@link #ended()}).
         */
        @Override
        public T poll() {
            if (ended) {
                return null;
            }
            long at = position;
            if (overflowed.get() || head - at > limit) {
                return overflowed();
            }
            if (at < head) {
                Slot<T> slot = ring.get((int) at & mask);
                if (slot.position() != at) {
                    return overflowed();
                }
                position = at + 1;
                return slot.element();
            }
            // head is final once finished is set, and was read after it here.
            if (finished && at == head) {
                end();
                producerEnded = true;
                return null;
            }
            waiting.set(true);
            Fanout.this.waiting.add(this);
            // The producer may have published (or finished) before it could see this one waiting.
            if ((head > at || finished || overflowed.get()) && waiting.compareAndSet(true, false)) {
                return poll();
            }
            return null;
        }

        /** Whether this subscriber has fallen behind and its next {@link #poll} gives the overflow element. */
        @Override
        public boolean urgent() {
            return !ended && (overflowed.get() || head - position > limit);
        }

        /** Whether nothing more comes: the producer finished (see {@link #failure()}), or it overflowed. */
        @Override
        public boolean ended() {
            return ended;
        }

        /** Why the producer ended, if it failed. */
        @Override
        public Throwable failure() {
            return producerEnded ? failure : null;
        }

        /** The subscriber leaves. */
        @Override
        public void close() {
            end();
        }

        private T overflowed() {
            overflowed.set(true);
            end();
            return overflow.get();
        }

        private void end() {
            ended = true;
            waiting.set(false);
            subscribers.remove(this);
        }
    }

    /**
     * The position to start from: the newest, or back to the oldest wanted one still in the ring, at
     * most half the limit back (so that a new subscriber does not start close to falling behind).
     */
    private long firstWanted(Predicate<T> wanted) {
        long newest = head;
        long position = newest;
        while (position > 0 && newest - position < limit / 2) {
            Slot<T> slot = ring.get((int) (position - 1) & mask);
            if (slot == null || slot.position() != position - 1 || !wanted.test(slot.element())) {
                break;
            }
            position--;
        }
        return position;
    }
}
