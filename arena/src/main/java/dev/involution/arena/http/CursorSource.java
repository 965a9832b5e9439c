package dev.involution.arena.http;

import akka.NotUsed;
import akka.stream.Attributes;
import akka.stream.Outlet;
import akka.stream.SourceShape;
import akka.stream.javadsl.Source;
import akka.stream.stage.AbstractOutHandler;
import akka.stream.stage.AsyncCallback;
import akka.stream.stage.GraphStage;
import akka.stream.stage.GraphStageLogic;
import java.util.function.Function;

/**
 * A {@link StreamCursor} as an Akka stream source: the stream's demand is the reader's pace, the
 * cursor's wake-up a turn of the stage. The cursor is opened when the stream starts and closed when
 * it stops; an urgent message (a resync) is emitted even before it is asked for.
 *
 * @param <T> the messages
 */
public final class CursorSource<T> extends GraphStage<SourceShape<T>> {
    private final Outlet<T> out = Outlet.create("CursorSource.out");
    private final SourceShape<T> shape = SourceShape.of(out);
    private final Function<Runnable, StreamCursor<T>> open;

    private CursorSource(Function<Runnable, StreamCursor<T>> open) {
        this.open = open;
    }

    /** @param open opens the cursor with the wake-up it is to run */
    public static <T> Source<T, NotUsed> of(Function<Runnable, StreamCursor<T>> open) {
        return Source.fromGraph(new CursorSource<>(open));
    }

    @Override
    public SourceShape<T> shape() {
        return shape;
    }

    @Override
    public GraphStageLogic createLogic(Attributes inheritedAttributes) {
        return new GraphStageLogic(shape) {
            private StreamCursor<T> cursor;

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
                AsyncCallback<Boolean> woken = createAsyncCallback(w -> {
                    if (isAvailable(out) || cursor.urgent()) {
                        next();
                    }
                });
                cursor = open.apply(() -> woken.invoke(Boolean.TRUE));
            }

            @Override
            public void postStop() {
                if (cursor != null) {
                    cursor.close();
                }
            }

            /** Pushes (or, unasked, emits) the next message, or ends, or waits to be woken. */
            private void next() {
                if (cursor.ended()) {
                    return;
                }
                T message = cursor.poll();
                if (message != null) {
                    if (cursor.ended()) {
                        emit(out, message, this::end);
                    } else if (isAvailable(out)) {
                        push(out, message);
                    } else {
                        emit(out, message);
                    }
                } else if (cursor.ended()) {
                    end();
                }
            }

            private void end() {
                if (cursor.failure() == null) {
                    completeStage();
                } else {
                    failStage(cursor.failure());
                }
            }
        };
    }
}
