package dev.involution.arena.http;

import akka.http.impl.engine.ws.FrameEvent;
import akka.http.impl.engine.ws.FrameStart;
import akka.http.impl.engine.ws.Protocol;
import akka.stream.Attributes;
import akka.stream.BidiShape;
import akka.stream.Inlet;
import akka.stream.Outlet;
import akka.stream.stage.AbstractInHandler;
import akka.stream.stage.AbstractOutHandler;
import akka.stream.stage.AsyncCallback;
import akka.stream.stage.GraphStage;
import akka.stream.stage.GraphStageLogic;
import akka.stream.stage.TimerGraphStageLogic;
import akka.util.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The limits of one WebSocket, on its frames between the network and Akka HTTP's WebSocket
 * protocol stack (which gives the routes whole messages):
 * <ul>
 *   <li>a client message whose frames add up to more than the maximum message size is not passed
 *       on: the socket is closed with 1009 (message too big), known from the frame headers
 *       before the payload is read;</li>
 *   <li>after the ping interval without any frame from the client a ping goes out, and a client
 *       that sends nothing for the pong timeout after it is closed with 1008;</li>
 *   <li>a route's stream that fails closes the socket with 1011, logged without a stack trace,
 *       at most a few lines a minute.</li>
 * </ul>
 * Closing: the stack and the route's stream are stopped, the close frame is sent at the next frame
 * boundary, and the connection ends when the client answers with its close frame or
 * {@value WebSocketClose#CLOSE_WAIT_SECONDS} s later. When the socket ends, its connection's lease is returned.
 */
final class WebSocketGuard extends GraphStage<BidiShape<FrameEvent, FrameEvent, FrameEvent, FrameEvent>> {

    private static final byte CONTINUATION = 0x0;
    private static final byte CLOSE = 0x8;
    private static final byte PING = 0x9;
    private static final Logger log = LoggerFactory.getLogger(WebSocketGuard.class);
    private static final LogThrottle closes = new LogThrottle(log, Duration.ofMinutes(1), 10);
    private static final String TICK = "tick";
    private static final String CLOSE_WAIT = "close-wait";

    /** Lets a route's stream ask the guard to close the socket with a code (set once the guard runs). */
    static final class Closer {
        private volatile AsyncCallback<Close> callback;
        private final Consumer<Closer> onStart;
        private final Consumer<Closer> onStop;

        /** {@code onStart} is told when the socket's stage has started, {@code onStop} when it has stopped. */
        Closer(Consumer<Closer> onStart, Consumer<Closer> onStop) {
            this.onStart = onStart;
            this.onStop = onStop;
        }

        Closer() {
            this(closer -> { }, closer -> { });
        }

        void close(int code, String reason) {
            AsyncCallback<Close> target = callback;
            if (target != null) {
                target.invoke(new Close(code, reason));
            }
        }
    }

    record Close(int code, String reason) {
    }

    private final HttpSettings.WebSocketSettings settings;
    private final String client;
    private final Closer closer;
    private final Optional<ClientConnections.Lease> lease;

    private final Inlet<FrameEvent> netIn = Inlet.create("WebSocketGuard.netIn");
    private final Outlet<FrameEvent> toStack = Outlet.create("WebSocketGuard.toStack");
    private final Inlet<FrameEvent> fromStack = Inlet.create("WebSocketGuard.fromStack");
    private final Outlet<FrameEvent> netOut = Outlet.create("WebSocketGuard.netOut");
    private final BidiShape<FrameEvent, FrameEvent, FrameEvent, FrameEvent> shape =
            BidiShape.of(netIn, toStack, fromStack, netOut);

    WebSocketGuard(HttpSettings.WebSocketSettings settings, String client, Closer closer,
                   Optional<ClientConnections.Lease> lease) {
        this.settings = settings;
        this.client = client;
        this.closer = closer;
        this.lease = lease;
    }

    @Override
    public BidiShape<FrameEvent, FrameEvent, FrameEvent, FrameEvent> shape() {
        return shape;
    }

    @Override
    public GraphStageLogic createLogic(Attributes inheritedAttributes) {
        return new TimerGraphStageLogic(shape) {
            private long messageBytes;
            private long lastHeard = System.nanoTime();
            private boolean pingSent;
            private boolean closing;
            private boolean outMidFrame;
            private FrameEvent pendingControl;
            private FrameEvent pendingData;
            private boolean stackFinished;

            {
                setHandler(netIn, new AbstractInHandler() {
                    @Override
                    public void onPush() {
                        onClientFrame(grab(netIn));
                    }

                    @Override
                    public void onUpstreamFinish() {
                        if (closing) {
                            completeStage();
                        } else {
                            complete(toStack);
                        }
                    }
                });
                setHandler(toStack, new AbstractOutHandler() {
                    @Override
                    public void onPull() {
                        pullClient();
                    }

                    @Override
                    public void onDownstreamFinish(Throwable cause) {
                        if (!closing) {
                            cancel(netIn, cause);
                        }
                    }
                });
                setHandler(fromStack, new AbstractInHandler() {
                    @Override
                    public void onPush() {
                        pendingData = grab(fromStack);
                        flush();
                    }

                    @Override
                    public void onUpstreamFinish() {
                        stackFinished = true;
                        if (!closing) {
                            flush();
                        }
                    }
                });
                setHandler(netOut, new AbstractOutHandler() {
                    @Override
                    public void onPull() {
                        flush();
                    }
                });
            }

            private boolean leaseTaken;

            @Override
            public void preStart() {
                leaseTaken = lease.map(ClientConnections.Lease::takeOver).orElse(false);
                AsyncCallback<Close> callback = createAsyncCallback(close -> {
                    if (!closing) {
                        if (close.code() == WebSocketClose.GOING_AWAY) {
                            log.debug("Closing a WebSocket from {} with 1001: {}", client, close.reason());
                        } else {
                            closes.warn("Closing a WebSocket from {} with {}: {}", client, close.code(), close.reason());
                        }
                        close(close.code(), close.reason());
                    }
                });
                closer.callback = callback;
                closer.onStart.accept(closer);
                Duration tick = settings.pingInterval().compareTo(settings.pongTimeout()) < 0
                        ? settings.pingInterval() : settings.pongTimeout();
                tick = tick.dividedBy(4).compareTo(Duration.ofMillis(50)) < 0 ? Duration.ofMillis(50) : tick.dividedBy(4);
                scheduleWithFixedDelay(TICK, tick, tick);
                pull(fromStack);
            }

            private void pullClient() {
                if (!hasBeenPulled(netIn) && !isClosed(netIn)) {
                    pull(netIn);
                }
            }

            private void onClientFrame(FrameEvent frame) {
                lastHeard = System.nanoTime();
                pingSent = false;
                if (closing) {
                    if (frame instanceof FrameStart start && start.header().opcode().code() == CLOSE) {
                        completeStage();
                    } else {
                        pullClient();
                    }
                    return;
                }
                if (frame instanceof FrameStart start && !start.header().opcode().isControl()) {
                    long length = start.header().length();
                    messageBytes = start.header().opcode().code() == CONTINUATION ? messageBytes + length : length;
                    if (messageBytes > settings.maxMessageBytes()) {
                        closes.info("Closing a WebSocket from {} with 1009: a message of at least {} bytes exceeds the limit of {}",
                                client, messageBytes, settings.maxMessageBytes());
                        close(WebSocketClose.MESSAGE_TOO_BIG, WebSocketClose.tooBig(settings.maxMessageBytes()));
                        return;
                    }
                }
                push(toStack, frame);
            }

            /** Stops the stack and the route's stream, then sends the close frame at the next frame boundary. */
            private void close(int code, String reason) {
                closing = true;
                if (!isClosed(fromStack)) {
                    cancel(fromStack);
                }
                if (!isClosed(toStack)) {
                    complete(toStack);
                }
                pendingData = null;
                if (outMidFrame) {
                    completeStage();
                    return;
                }
                pendingControl = FrameEvent.closeFrame(code, reason, Option.empty());
                flush();
                pullClient();
            }

            /** Sends what waits, control frames first but never inside another frame. */
            private void flush() {
                if (!isAvailable(netOut)) {
                    return;
                }
                if (pendingControl != null && !outMidFrame) {
                    FrameEvent control = pendingControl;
                    pendingControl = null;
                    push(netOut, control);
                    if (closing) {
                        scheduleOnce(CLOSE_WAIT, Duration.ofSeconds(WebSocketClose.CLOSE_WAIT_SECONDS));
                    }
                } else if (pendingData != null) {
                    FrameEvent data = pendingData;
                    pendingData = null;
                    outMidFrame = !data.lastPart();
                    push(netOut, data);
                    if (!isClosed(fromStack)) {
                        pull(fromStack);
                    }
                } else if (stackFinished && !closing) {
                    completeStage();
                }
            }

            @Override
            public void onTimer(Object key) {
                if (CLOSE_WAIT.equals(key)) {
                    completeStage();
                    return;
                }
                if (closing) {
                    return;
                }
                long silent = System.nanoTime() - lastHeard;
                if (pingSent && silent >= settings.pingInterval().plus(settings.pongTimeout()).toNanos()) {
                    log.debug("Closing a WebSocket from {}: no frame for {} s", client, silent / 1_000_000_000L);
                    close(WebSocketClose.POLICY_VIOLATED, WebSocketClose.noPong(settings.pongTimeout()));
                } else if (!pingSent && silent >= settings.pingInterval().toNanos()) {
                    pingSent = true;
                    pendingControl = FrameEvent.fullFrame(Protocol.Opcode$.MODULE$.forCode(PING), Option.empty(),
                            ByteString.emptyByteString(), true, false, false, false);
                    flush();
                }
            }

            @Override
            public void postStop() {
                closer.callback = null;
                closer.onStop.accept(closer);
                if (leaseTaken) {
                    lease.ifPresent(ClientConnections.Lease::releaseBySocket);
                }
            }
        };
    }
}
