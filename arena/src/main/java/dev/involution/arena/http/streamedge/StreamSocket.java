package dev.involution.arena.http.streamedge;

import dev.involution.arena.http.HttpSettings;
import dev.involution.arena.http.LogThrottle;
import dev.involution.arena.http.StreamCursor;
import dev.involution.arena.http.StreamSubscription;
import dev.involution.arena.http.StreamText;
import dev.involution.arena.http.WebSocketClose;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket of the stream edge after its handshake, all on its channel's event loop: the
 * subscriber's messages written as their shared frame bytes while the socket can take them (Netty's
 * write buffer below its high-water mark), one flush per turn; the cursor's wake-up hands the loop a
 * turn, at most one waiting at a time. A subscriber that falls behind is sent its resync even while
 * the socket is full, then closed. The limits are the HTTP edge's ({@code WebSocketGuard}): a client
 * message over the size limit closes it with 1009; after the ping interval without any frame from
 * the client a ping goes out, and a client silent for the pong timeout after it is closed with 1008;
 * a failing stream closes it with 1011. The client's first text message goes to the subscription;
 * pings are answered, the rest ignored. A close is answered; the server's own close frame goes out after
 * what was written before it, and the client's answer is waited for {@value WebSocketClose#CLOSE_WAIT_SECONDS} s
 * after that (a client that reads nothing is let go after the pong timeout).
 */
final class StreamSocket extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(StreamSocket.class);
    private static final LogThrottle failures = new LogThrottle(log, Duration.ofMinutes(1), 10);

    private final StreamSubscription subscription;
    private final HttpSettings.WebSocketSettings limits;
    private final Runnable ended;
    private final AtomicBoolean turnWaiting = new AtomicBoolean();
    /** The turn's task, one for the socket's life rather than one per wake-up (5,000 sockets, 11 messages a second). */
    private final Runnable takeTurn = () -> {
        turnWaiting.set(false);
        write();
    };
    private Channel channel;
    /**
     * Where the frames enter the pipeline: below the WebSocket encoder (they are whole frames
     * already), so that each write passes no handler on its way to the socket.
     */
    private ChannelHandlerContext frames;
    private StreamCursor<StreamText> cursor;
    private boolean firstClientMessage = true;
    private boolean closeSent;
    private long pingSentAt;

    /** @param ended run once when the socket has closed (after the subscription's own end) */
    StreamSocket(StreamSubscription subscription, HttpSettings.WebSocketSettings limits, Runnable ended) {
        this.subscription = subscription;
        this.limits = limits;
        this.ended = ended;
    }

    /** Starts the subscriber's messages; the handshake's answer has been written. */
    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        ChannelHandlerContext encoder = ctx.pipeline().context(WebSocketFrameEncoder.class);
        frames = encoder != null ? encoder : ctx;
        subscription.opened().run();
        cursor = subscription.messages().apply(this::turn);
        write();
    }

    /** Hands the event loop one turn of writing, unless one waits already. Any thread. */
    private void turn() {
        if (turnWaiting.compareAndSet(false, true)) {
            channel.eventLoop().execute(takeTurn);
        }
    }

    /** Writes what the subscriber has for the socket, as far as it takes it; the end closes the socket. */
    private void write() {
        if (closeSent) {
            return;
        }
        boolean wrote = false;
        while (channel.isWritable() || cursor.urgent()) {
            StreamText message = cursor.poll();
            if (message != null) {
                frames.write(message.frame(), frames.voidPromise());
                wrote = true;
            }
            if (cursor.ended()) {
                Throwable failure = cursor.failure();
                if (failure != null) {
                    failures.warn("A stream edge socket's stream failed: {}", failure.toString());
                }
                if (failure == null) {
                    close(WebSocketClose.NORMAL, "");
                } else {
                    close(WebSocketClose.UNEXPECTED_CONDITION, WebSocketClose.internalError(failure));
                }
                return;
            }
            if (message == null) {
                break;
            }
        }
        if (wrote) {
            frames.flush();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (channel.isWritable()) {
            write();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        pingSentAt = 0;
        try {
            if (msg instanceof TextWebSocketFrame text) {
                if (firstClientMessage) {
                    subscription.firstClientText().accept(text.text());
                }
                firstClientMessage = false;
            } else if (msg instanceof PingWebSocketFrame ping) {
                ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
            } else if (msg instanceof CloseWebSocketFrame close) {
                if (closeSent) {
                    ctx.close();
                } else {
                    closeSent = true;
                    ctx.writeAndFlush(new CloseWebSocketFrame(close.statusCode(), ""))
                            .addListener(ChannelFutureListener.CLOSE);
                }
            } else if (msg instanceof WebSocketFrame) {
                firstClientMessage = false;
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    /** The reader-idle event: a ping after the ping interval, the end after the pong timeout without answer. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof IdleStateEvent)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (pingSentAt == 0) {
            pingSentAt = System.nanoTime();
            ctx.writeAndFlush(new PingWebSocketFrame());
            ctx.executor().schedule(this::closeIfSilent, limits.pongTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void closeIfSilent() {
        if (pingSentAt != 0 && System.nanoTime() - pingSentAt >= limits.pongTimeout().toNanos()) {
            close(WebSocketClose.POLICY_VIOLATED, WebSocketClose.noPong(limits.pongTimeout()));
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            close(WebSocketClose.MESSAGE_TOO_BIG, WebSocketClose.tooBig(limits.maxMessageBytes()));
        } else if (cause instanceof CorruptedWebSocketFrameException violation) {
            int code = violation.closeStatus().code();
            close(code, code == WebSocketClose.MESSAGE_TOO_BIG ? WebSocketClose.tooBig(limits.maxMessageBytes()) : "protocol error");
        } else if (cause instanceof IOException) {
            ctx.close();
        } else {
            failures.warn("A stream edge socket failed: {}", cause.toString());
            close(WebSocketClose.UNEXPECTED_CONDITION, WebSocketClose.internalError(cause));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (cursor != null) {
            cursor.close();
        }
        subscription.closed().run();
        ended.run();
        ctx.fireChannelInactive();
    }

    /** Sends a close frame (once) and closes the connection when the client answers, or after a wait. */
    void close(int code, String reason) {
        if (!channel.eventLoop().inEventLoop()) {
            channel.eventLoop().execute(() -> close(code, reason));
            return;
        }
        if (closeSent) {
            return;
        }
        closeSent = true;
        // What was written before the close frame still goes out first: the wait starts once the
        // close frame has left, or, for a client that reads nothing, after the pong timeout.
        channel.writeAndFlush(new CloseWebSocketFrame(code, reason)).addListener(written ->
                channel.eventLoop().schedule(() -> channel.close(), WebSocketClose.CLOSE_WAIT_SECONDS, TimeUnit.SECONDS));
        channel.eventLoop().schedule(() -> channel.close(), limits.pongTimeout().toSeconds() + WebSocketClose.CLOSE_WAIT_SECONDS,
                TimeUnit.SECONDS);
    }
}
