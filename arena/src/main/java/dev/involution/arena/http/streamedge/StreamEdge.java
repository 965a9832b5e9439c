package dev.involution.arena.http.streamedge;

import dev.involution.arena.http.WebSocketClose;
import dev.involution.arena.http.ClientConnections;
import dev.involution.arena.http.HttpSettings;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.StreamPaths;
import dev.involution.arena.metrics.ArenaMetrics;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The stream edge: a port of its own, beside the HTTP edge, that serves only the read-only streams
 * ({@link StreamPaths}: a match's, the no-op baseline's) as WebSockets, on a few event-loop threads
 * of its own (through epoll where Netty's native transport loads, else Java's NIO). A stream's messages are the same as on the HTTP edge (the same cursors); what differs
 * is the socket: each message's frame is encoded once and the same bytes are written to every
 * socket, with no stream stages, actors or acknowledgements per socket and message. Handshakes are
 * checked and refused as the HTTP edge checks them (origin, connections per client, the stream's
 * parameters, problem+json answers), sockets keep the HTTP edge's WebSocket limits, and every open
 * socket is closed with 1001 when the node leaves.
 */
public final class StreamEdge implements AutoCloseable {
    static final String HEADER_TIMEOUT = "header-timeout";
    private static final int MAX_REQUEST_LINE = 8_192;
    private static final int MAX_HEADERS = 16_384;
    private static final int MAX_HANDSHAKE_BODY = 0;

    private final EventLoopGroup group;
    private final Channel server;
    private final Set<StreamSocket> sockets;
    private final String transport;

    private StreamEdge(EventLoopGroup group, Channel server, Set<StreamSocket> sockets, String transport) {
        this.group = group;
        this.server = server;
        this.sockets = sockets;
        this.transport = transport;
    }

    /** The sockets' transport: {@code epoll} (Linux x86-64) or Java's {@code NIO}. */
    public String transport() {
        return transport;
    }

    /** Binds the edge on {@code settings.streamEdge()}'s port (which must be enabled) of the HTTP edge's interface. */
    public static StreamEdge start(HttpSettings settings, StreamPaths paths, OriginCheck origins,
                                   ClientConnections connections, ArenaMetrics metrics, Clock clock)
            throws InterruptedException {
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(settings.streamEdge().threads(),
                new DefaultThreadFactory("arena-stream-edge", true),
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Set<StreamSocket> open = ConcurrentHashMap.newKeySet();
        long headerTimeoutMillis = settings.connections().headerTimeout().toMillis();
        int sendBuffer = settings.streamEdge().sendBufferBytes();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(group)
                .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1_024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(
                                new HttpServerCodec(MAX_REQUEST_LINE, MAX_HEADERS, MAX_REQUEST_LINE),
                                new HttpObjectAggregator(MAX_HANDSHAKE_BODY));
                        channel.pipeline().addLast(HEADER_TIMEOUT,
                                new ReadTimeoutHandler(headerTimeoutMillis, TimeUnit.MILLISECONDS));
                        channel.pipeline().addLast(new StreamHandshake(paths, origins, connections, settings, clock,
                                socket -> {
                                    open.add(socket);
                                    metrics.webSocketOpened();
                                    channel.closeFuture().addListener(closed -> {
                                        open.remove(socket);
                                        metrics.webSocketClosed();
                                    });
                                }));
                    }
                });
        if (sendBuffer > 0) {
            bootstrap.childOption(ChannelOption.SO_SNDBUF, sendBuffer);
        }
        try {
            Channel server = bootstrap.bind(new InetSocketAddress(settings.host(), settings.streamEdge().port()))
                    .sync().channel();
            return new StreamEdge(group, server, open, epoll ? "epoll" : "NIO");
        } catch (InterruptedException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The port the edge listens on (the chosen one when started on port 0). */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Sockets open now. */
    public int openSockets() {
        return sockets.size();
    }

    /**
     * Stops taking connections and closes every open socket with 1001 ("going away"): clients
     * reconnect (through the load balancer, to another node) and resume from the last {@code seq}.
     */
    public void closeAllGoingAway() {
        server.close();
        for (StreamSocket socket : List.copyOf(sockets)) {
            socket.close(WebSocketClose.GOING_AWAY, WebSocketClose.GOING_AWAY_REASON);
        }
    }

    /** Closes the port and every socket, and stops the edge's threads. */
    @Override
    public void close() {
        server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 3, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }
}
