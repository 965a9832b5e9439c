package dev.involution.arena.http;

import akka.NotUsed;
import akka.stream.Attributes;
import akka.stream.Outlet;
import akka.stream.SourceShape;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.stage.AbstractOutHandler;
import akka.stream.stage.AsyncCallback;
import akka.stream.stage.GraphStage;
import akka.stream.stage.GraphStageLogic;
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
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Queue<Subscriber> waiting = new ConcurrentLinkedQueue<>();

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
     * Every element published from when the source starts; when its subscriber has fallen more than
     * {@code limit} elements behind, instead {@code overflow}'s element and the end.
     */
    public Source<T, NotUsed> source(Supplier<T> overflow) {
        return source(overflow, element -> false);
    }

    /**
     * As {@link #source(Supplier)}, but starting with the newest elements still in the ring that
     * {@code wanted} accepts (read back from the newest until the first it does not accept, at most
     * {@code limit / 2} of them), so that a subscriber can begin with elements published before it
     * started.
     */
    public Source<T, NotUsed> source(Supplier<T> overflow, Predicate<T> wanted) {
        return Source.fromGraph(new Reader(overflow, wanted));
    }

    /** Subscribers reading now. */
    public int subscriberCount() {
        return subscribers.size();
    }

    private void wakeWaiting() {
        Subscriber s;
        while ((s = waiting.poll()) != null) {
            if (s.waiting.compareAndSet(true, false)) {
                s.wake.invoke(Boolean.TRUE);
            }
        }
    }

    /** Subscribers that ask for nothing do not notice that they fell behind: they are told. */
    private void endTheFarBehind(long newest) {
        for (Subscriber s : subscribers) {
            if (newest - s.position > limit && s.overflowed.compareAndSet(false, true)) {
                s.wake.invoke(Boolean.TRUE);
            }
        }
    }

    /** A subscriber's state, shared with the producer. */
    private static final class Subscriber {
        final AtomicBoolean waiting = new AtomicBoolean();
        final AtomicBoolean overflowed = new AtomicBoolean();
        final AsyncCallback<Boolean> wake;
        /** The next element's position; written by the subscriber, read by the producer. */
        volatile long position;

        Subscriber(AsyncCallback<Boolean> wake, long position) {
            this.wake = wake;
            this.position = position;
        }
    }

    private final class Reader extends GraphStage<SourceShape<T>> {
        private final Outlet<T> out = Outlet.create("Fanout.out");
        private final SourceShape<T> shape = SourceShape.of(out);
        private final Supplier<T> overflow;
        private final Predicate<T> wanted;

        Reader(Supplier<T> overflow, Predicate<T> wanted) {
            this.overflow = overflow;
            this.wanted = wanted;
        }

        @Override
        public SourceShape<T> shape() {
            return shape;
        }

        @Override
        public GraphStageLogic createLogic(Attributes inheritedAttributes) {
            return new GraphStageLogic(shape) {
                private Subscriber self;
                private boolean ended;

                {
                    setHandler(out, new AbstractOutHandler() {
                        @Override
                        public void onPull() {
                            next();
                        }
                    });
                }

                @Override
                public void preStart() {
                    self = new Subscriber(createAsyncCallback(woken -> {
                        if (self.overflowed.get() || isAvailable(out)) {
                            next();
                        }
                    }), firstWanted());
                    subscribers.add(self);
                }

                /**
                 * The position to start from: the newest, or back to the oldest wanted one still in
                 * the ring, at most half the limit back (so that a new subscriber does not start
                 * close to falling behind).
                 */
                private long firstWanted() {
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

                @Override
                public void postStop() {
                    if (self != null) {
                        self.waiting.set(false);
                        subscribers.remove(self);
                    }
                }

                /** Pushes the next element, or ends, or waits for the producer to wake it. */
                private void next() {
                    if (ended) {
                        return;
                    }
                    long position = self.position;
                    if (self.overflowed.get() || head - position > limit) {
                        overflowed();
                        return;
                    }
                    if (position < head) {
                        Slot<T> slot = ring.get((int) position & mask);
                        if (slot.position() != position) {
                            overflowed();
                            return;
                        }
                        self.position = position + 1;
                        push(out, slot.element());
                        return;
                    }
                    if (finished) {
                        // head is final once finished is set, and was read after it here.
                        if (position == head) {
                            ended = true;
                            Throwable cause = failure;
                            if (cause == null) {
                                completeStage();
                            } else {
                                failStage(cause);
                            }
                            return;
                        }
                    }
                    self.waiting.set(true);
                    waiting.add(self);
                    // The producer may have published (or finished) before it could see this one waiting.
                    if ((head > position || finished || self.overflowed.get()) && self.waiting.compareAndSet(true, false)) {
                        next();
                    }
                }

                private void overflowed() {
                    ended = true;
                    self.overflowed.set(true);
                    subscribers.remove(self);
                    emit(out, overflow.get(), () -> completeStage());
                }
            };
        }
    }
}
