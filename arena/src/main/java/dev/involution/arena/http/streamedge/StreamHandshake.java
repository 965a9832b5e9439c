package dev.involution.arena.http.streamedge;

import dev.involution.arena.http.ClientConnections;
import dev.involution.arena.http.FailureCause;
import dev.involution.arena.http.HttpSettings;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;
import dev.involution.arena.http.StreamPaths;
import dev.involution.arena.http.StreamSubscription;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stream edge connection's one request: checked as the HTTP edge checks a stream's handshake
 * (connections per client, {@code GET}, a stream at the path, the origin, the stream's own
 * parameters, then that it is a WebSocket handshake) and answered with the same problems; a good
 * one is upgraded and handed to a {@link StreamSocket}.
 */
final class StreamHandshake extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger log = LoggerFactory.getLogger(StreamHandshake.class);

    private final StreamPaths paths;
    private final OriginCheck origins;
    private final ClientConnections connections;
    private final HttpSettings settings;
    private final Clock clock;
    private final Consumer<StreamSocket> opened;
    private ClientConnections.Lease lease;

    /** @param opened told of each socket once it is open (and its end, by the socket's own close) */
    StreamHandshake(StreamPaths paths, OriginCheck origins, ClientConnections connections, HttpSettings settings,
                    Clock clock, Consumer<StreamSocket> opened) {
        this.paths = paths;
        this.origins = origins;
        this.connections = connections;
        this.settings = settings;
        this.clock = clock;
        this.opened = opened;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            HandshakeProblems.send(ctx, Problem.invalidRequest("syntax", "the request could not be read as HTTP/1.1"));
            return;
        }
        InetSocketAddress peer = (InetSocketAddress) ctx.channel().remoteAddress();
        String client = settings.clientAddress().of(peer.getAddress(), request.headers().getAll("X-Forwarded-For"));
        Optional<ClientConnections.Lease> granted = connections.tryOpen(client);
        if (granted.isEmpty()) {
            HandshakeProblems.send(ctx, connections.refusal(clock.instant()), Map.of("Retry-After", "1"));
            return;
        }
        lease = granted.get();
        if (!HttpMethod.GET.equals(request.method())) {
            HandshakeProblems.send(ctx, Problem.of(405, "method-not-allowed", "Method Not Allowed",
                    "the stream edge serves only GET (a WebSocket handshake)"), Map.of("Allow", "GET"));
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        Map<String, List<String>> query = uri.parameters();
        if (!origins.isAllowed(Optional.ofNullable(request.headers().get(HttpHeaderNames.ORIGIN)))) {
            HandshakeProblems.send(ctx, OriginCheck.refusal());
            return;
        }
        Optional<CompletionStage<StreamSubscription>> subscribing = paths.subscribe(uri.path(), name -> Optional.ofNullable(query.get(name))
                .filter(values -> !values.isEmpty()).map(values -> values.get(0)));
        if (subscribing.isEmpty()) {
            HandshakeProblems.send(ctx, Problem.notFound("the stream edge serves only the read-only streams "
                    + String.join(", ", paths.templates())));
            return;
        }
        request.retain();
        subscribing.get().whenComplete((subscription, failure) -> ctx.executor().execute(() -> {
            try {
                answer(ctx, request, subscription, failure);
            } finally {
                request.release();
            }
        }));
    }

    private void answer(ChannelHandlerContext ctx, FullHttpRequest request, StreamSubscription subscription,
                        Throwable failure) {
        if (failure != null) {
            Throwable cause = FailureCause.of(failure);
            if (cause instanceof ProblemException problem) {
                HandshakeProblems.send(ctx, problem.problem());
            } else {
                log.warn("A stream edge subscription failed: {}", cause.toString());
                HandshakeProblems.send(ctx, Problem.internalError());
            }
            return;
        }
        if (!ctx.channel().isActive()) {
            subscription.closed().run();
            return;
        }
        if (!request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            subscription.closed().run();
            HandshakeProblems.send(ctx, Problem.invalidRequest("websocket",
                    "this is a WebSocket stream: send a WebSocket handshake (Upgrade: websocket)"));
            return;
        }
        HttpSettings.WebSocketSettings limits = settings.webSocket();
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
                "ws://" + request.headers().get(HttpHeaderNames.HOST, "localhost") + request.uri(), null,
                WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(limits.maxMessageBytes())
                        .allowExtensions(false)
                        .closeOnProtocolViolation(false)
                        .build())
                .newHandshaker(request);
        if (handshaker == null) {
            subscription.closed().run();
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel())
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        handshaker.handshake(ctx.channel(), request).addListener(done -> {
            if (!done.isSuccess() || !ctx.channel().isActive()) {
                subscription.closed().run();
                ctx.close();
                return;
            }
            StreamSocket socket = new StreamSocket(subscription, limits, this::released);
            ctx.pipeline().remove(StreamEdge.HEADER_TIMEOUT);
            ctx.pipeline().addLast(new WebSocketFrameAggregator(limits.maxMessageBytes()),
                    new IdleStateHandler(limits.pingInterval().toNanos(), 0, 0, TimeUnit.NANOSECONDS),
                    socket);
            ctx.pipeline().remove(this);
            opened.accept(socket);
        });
    }

    private void released() {
        if (lease != null) {
            lease.releaseByConnection();
            lease = null;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        released();
        ctx.fireChannelInactive();
    }
}
