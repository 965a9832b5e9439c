package dev.involution.arena.http;

import akka.stream.Attributes;
import akka.stream.FlowShape;
import akka.stream.Inlet;
import akka.stream.Outlet;
import akka.stream.stage.AbstractInHandler;
import akka.stream.stage.AbstractOutHandler;
import akka.stream.stage.GraphStage;
import akka.stream.stage.GraphStageLogic;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * A stream subscriber's queue between a shared source and its socket: it always takes what comes,
 * so the source never waits for this subscriber, and holds at most {@code capacity} elements. When
 * one more arrives, the queued ones are dropped, the source is left, and the subscriber gets only
 * the {@code overflow} element (a resync) before its stream ends. What the socket took before
 * stays delivered, in order, ahead of it.
 */
public final class SubscriberQueue<T> extends GraphStage<FlowShape<T, T>> {
    private final Inlet<T> in = Inlet.create("SubscriberQueue.in");
    private final Outlet<T> out = Outlet.create("SubscriberQueue.out");
    private final FlowShape<T, T> shape = FlowShape.of(in, out);
    private final int capacity;
    private final Supplier<T> overflow;

    public SubscriberQueue(int capacity, Supplier<T> overflow) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a subscriber's queue holds at least one element");
        }
        this.capacity = capacity;
        this.overflow = overflow;
    }

    @Override
    public FlowShape<T, T> shape() {
        return shape;
    }

    @Override
    public GraphStageLogic createLogic(Attributes inheritedAttributes) {
        return new GraphStageLogic(shape) {
            private final ArrayDeque<T> queue = new ArrayDeque<>();
            private boolean overflowed;

            {
                setHandler(in, new AbstractInHandler() {
                    @Override
                    public void onPush() {
                        T element = grab(in);
                        if (queue.isEmpty() && isAvailable(out)) {
                            push(out, element);
                        } else if (queue.size() < capacity) {
                            queue.add(element);
                        } else {
                            queue.clear();
                            overflowed = true;
                            cancel(in);
                            emit(out, overflow.get(), () -> completeStage());
                            return;
                        }
                        pull(in);
                    }

                    @Override
                    public void onUpstreamFinish() {
                        if (queue.isEmpty()) {
                            completeStage();
                        }
                    }
                });
                setHandler(out, new AbstractOutHandler() {
                    @Override
                    public void onPull() {
                        if (overflowed) {
                            return;
                        }
                        T next = queue.poll();
                        if (next != null) {
                            push(out, next);
                        }
                        if (queue.isEmpty() && isClosed(in)) {
                            completeStage();
                        }
                    }
                });
            }

            @Override
            public void preStart() {
                pull(in);
            }
        };
    }
}
