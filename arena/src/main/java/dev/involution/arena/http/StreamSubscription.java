package dev.involution.arena.http;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One subscriber's stream, ready for a socket: Akka HTTP's ({@link WebSockets#subscribe}) or the
 * spectator edge's, which both run it the same way. The socket opens the messages with its wake-up
 * when it starts, runs {@code opened} then, hands the client's first text message (whole, within
 * the size limit) to {@code firstClientText} and ignores the rest, and runs {@code closed} exactly
 * once when it ends, or instead of starting at all: what the subscription holds is let go there.
 *
 * @param messages        opens the subscriber's messages with the socket's wake-up
 * @param firstClientText the client's first text message (a {@code hello}, say)
 * @param opened          the socket is open
 * @param closed          the socket has closed, or will never open
 */
public record StreamSubscription(Function<Runnable, StreamCursor<StreamText>> messages,
                                 Consumer<String> firstClientText, Runnable opened, Runnable closed) {

    /** A subscription that ignores what the client sends and holds nothing beyond its messages. */
    public static StreamSubscription readOnly(Function<Runnable, StreamCursor<StreamText>> messages, Runnable closed) {
        return new StreamSubscription(messages, text -> { }, () -> { }, closed);
    }
}
