package dev.involution.arena.http.match;

import akka.NotUsed;
import akka.http.javadsl.model.ws.Message;
import akka.stream.Attributes;
import akka.stream.FlowShape;
import akka.stream.Inlet;
import akka.stream.Outlet;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.stage.AbstractInHandler;
import akka.stream.stage.AbstractOutHandler;
import akka.stream.stage.AsyncCallback;
import akka.stream.stage.GraphStage;
import akka.stream.stage.GraphStageLogic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What one subscriber of a match's stream is sent, decided in one place and in one stage (each stage
 * of a subscriber's stream runs once per message and subscriber): an optional first message (the
 * snapshot), then of the frames that come in, exactly the next sequence number (so nothing is sent
 * twice and nothing after a hole), heartbeats, and for the overflow mark the resync that names the
 * subscriber's next sequence number. Where a frame (or a heartbeat's last sequence number) shows
 * the frames ahead of the next one, the events in between are read from the journal first; the
 * feed's frames have no gaps, so that happens only where a subscriber starts behind the feed (or
 * after the journal's part of a reconnect). Frames older than the next one are dropped.
 */
final class SubscriberSequence extends GraphStage<FlowShape<StreamFrame, Message>> {

    /** The journal's events from {@code from} to {@code to} (both included) as frames. */
    @FunctionalInterface
    interface Journal {
        Source<StreamFrame, NotUsed> between(long from, long to);
    }

    private final Inlet<StreamFrame> in = Inlet.create("SubscriberSequence.in");
    private final Outlet<Message> out = Outlet.create("SubscriberSequence.out");
    private final FlowShape<StreamFrame, Message> shape = FlowShape.of(in, out);
    private final long start;
    private final Optional<Message> first;
    private final Journal journal;
    private final LongFunction<Message> resync;
    private final Runnable sent;

    /**
     * @param start  the first sequence number to send
     * @param first  a message to send before any frame (the snapshot), if any
     * @param resync the resync message for a subscriber whose next sequence number is the argument
     * @param sent   told of every message sent
     */
    SubscriberSequence(long start, Optional<Message> first, Journal journal, LongFunction<Message> resync, Runnable sent) {
        this.start = start;
        this.first = first;
        this.journal = journal;
        this.resync = resync;
        this.sent = sent;
    }

    @Override
    public FlowShape<StreamFrame, Message> shape() {
        return shape;
    }

    @Override
    public GraphStageLogic createLogic(Attributes inheritedAttributes) {
        return new GraphStageLogic(shape) {
            private long next = start;
            /** A journal read is under way; frames wait for it. */
            private boolean reading;
            private boolean upstreamFinished;
            private AsyncCallback<Caught> caughtUp;

            {
                setHandler(in, new AbstractInHandler() {
                    @Override
                    public void onPush() {
                        offer(grab(in));
                    }

                    @Override
                    public void onUpstreamFinish() {
                        if (reading) {
                            upstreamFinished = true;
                        } else {
                            complete(out);
                        }
                    }
                });
                setHandler(out, new AbstractOutHandler() {
                    @Override
                    public void onPull() {
                        pullFrame();
                    }
                });
            }

            @Override
            public void preStart() {
                caughtUp = createAsyncCallback(this::caughtUp);
                first.ifPresent(message -> {
                    sent.run();
                    emit(out, message);
                });
            }

            private void pullFrame() {
                if (!reading && !hasBeenPulled(in) && !isClosed(in)) {
                    pull(in);
                }
            }

            private void offer(StreamFrame frame) {
                if (frame.overflowed()) {
                    send(resync.apply(next));
                    return;
                }
                long last = frame.heartbeat() ? frame.lastSeq() : frame.seq() - 1;
                if (last >= next) {
                    readJournal(last, frame);
                    return;
                }
                if (frame.heartbeat()) {
                    send(frame.message());
                } else if (frame.seq() == next) {
                    next++;
                    send(frame.message());
                } else {
                    pullFrame();
                }
            }

            private void send(Message message) {
                sent.run();
                push(out, message);
            }

            /** The events from {@code next} to {@code last}, then {@code frame}, in order. */
            private void readJournal(long last, StreamFrame frame) {
                reading = true;
                journal.between(next, last).runWith(Sink.seq(), materializer())
                        .whenComplete((frames, failure) -> caughtUp.invoke(new Caught(frames, frame, failure)));
            }

            private void caughtUp(Caught caught) {
                reading = false;
                if (caught.failure() != null) {
                    failStage(caught.failure());
                    return;
                }
                List<Message> messages = new ArrayList<>(caught.frames().size() + 1);
                for (StreamFrame frame : caught.frames()) {
                    if (frame.seq() == next) {
                        next++;
                        messages.add(frame.message());
                    }
                }
                StreamFrame then = caught.then();
                if (then.heartbeat() || then.seq() == next) {
                    if (!then.heartbeat()) {
                        next++;
                    }
                    messages.add(then.message());
                }
                messages.forEach(message -> sent.run());
                emitMultiple(out, messages.iterator(), () -> {
                    if (upstreamFinished) {
                        complete(out);
                    } else if (isAvailable(out)) {
                        pullFrame();
                    }
                });
            }
        };
    }

    private record Caught(List<StreamFrame> frames, StreamFrame then, Throwable failure) {
    }
}
