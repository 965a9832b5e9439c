package dev.involution.arena.http;

import akka.NotUsed;
import akka.actor.typed.ActorSystem;
import akka.event.Logging;
import akka.event.LoggingAdapter;
import akka.http.impl.engine.ws.FrameEvent;
import akka.http.impl.engine.ws.UpgradeToWebSocketLowLevel;
import akka.http.impl.engine.ws.WebSocket$;
import akka.http.javadsl.model.AttributeKeys;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.server.Route;
import akka.japi.pf.PFBuilder;
import akka.stream.FlowShape;
import akka.stream.Graph;
import akka.stream.Materializer;
import akka.stream.SourceShape;
import akka.stream.javadsl.BidiFlow;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import dev.involution.arena.metrics.ArenaMetrics;
import scala.Option;
import scala.concurrent.duration.FiniteDuration;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.extractMaterializer;
import static akka.http.javadsl.server.Directives.extractRequest;
import static akka.http.javadsl.server.Directives.extractWebSocketUpgrade;
import static akka.http.javadsl.server.Directives.failWith;
import static akka.http.javadsl.server.Directives.onComplete;

/**
 * Every WebSocket of the arena is accepted here, so that every stream has the same limits
 * ({@link WebSocketGuard}): messages over the size limit close it with 1009, clients that stop
 * answering pings are disconnected, and a failing stream closes it with 1011 without a stack trace
 * in the log. The route's flow gets every client message whole ({@code Strict}).
 *
 * <p>Akka HTTP's message API can only close a socket normally (1000) or as an internal error
 * (1011), and logs each failure with its stack trace; so the socket is built from Akka HTTP's own
 * WebSocket protocol stack (the one {@code handleWebSocketMessages} uses) with the guard between it
 * and the network. Those classes are internal to Akka HTTP, whose version is pinned.
 *
 * <pre>{@code
 * path("stream", () -> origins.allowedOrigin(() -> webSockets.handle(flow)))
 * }</pre>
 */
public final class WebSockets {

    private static final FiniteDuration CLOSE_TIMEOUT = FiniteDuration.create(3, TimeUnit.SECONDS);

    private final HttpSettings.WebSocketSettings settings;
    private final akka.http.scaladsl.settings.WebSocketSettings akkaSettings;
    private final LoggingAdapter akkaLog;
    private final long strictTimeoutMillis;
    private final ClientAddress clientAddress;
    private final ArenaMetrics metrics;
    private final Set<WebSocketGuard.Closer> open = ConcurrentHashMap.newKeySet();

    public WebSockets(ActorSystem<?> system, HttpSettings settings, ArenaMetrics metrics) {
        this.settings = settings.webSocket();
        this.akkaSettings = akka.http.scaladsl.settings.ServerSettings.apply(system.settings().config())
                .websocketSettings();
        this.akkaLog = Logging.getLogger(system.classicSystem(), WebSockets.class);
        this.strictTimeoutMillis = settings.connections().bodyTimeout().toMillis();
        this.clientAddress = settings.clientAddress();
        this.metrics = metrics;
    }

    public HttpSettings.WebSocketSettings settings() {
        return settings;
    }

    /** Upgrades the request to a WebSocket served by {@code handler}; a request that is no handshake is rejected. */
    public Route handle(Flow<Message, Message, ?> handler) {
        return extractRequest(request -> extractWebSocketUpgrade(upgrade -> extractMaterializer(materializer -> {
            var lease = request.getAttribute(ConnectionGuard.LEASE);
            WebSocketGuard.Closer closer = new WebSocketGuard.Closer(this::opened, this::closed);
            WebSocketGuard guard = new WebSocketGuard(settings, clientAddress.of(request), closer, lease);
            Flow<FrameEvent, FrameEvent, NotUsed> frames = BidiFlow.fromGraph(guard)
                    .atop(BidiFlow.fromGraph(WebSocket$.MODULE$.stack(true, akkaSettings, CLOSE_TIMEOUT, akkaLog)))
                    .join(scalaMessages(guarded(handler, closer, materializer)));
            @SuppressWarnings({"unchecked", "rawtypes"})
            Graph<FlowShape<FrameEvent, FrameEvent>, Object> graph = (Graph) frames;
            HttpResponse response = ((UpgradeToWebSocketLowLevel) upgrade).handleFrames(graph, Option.empty());
            return complete(response);
        })));
    }

    /**
     * Upgrades the request to a WebSocket that runs the subscription {@code subscribe} gives: one
     * that fails with a {@link ProblemException} is answered with its problem instead (nothing
     * upgraded), any other failure as the server's error. A request that is no handshake gets the
     * same problems, and otherwise is rejected (the subscription let go at once).
     */
    public Route subscribe(Supplier<CompletionStage<StreamSubscription>> subscribe) {
        return extractRequest(request -> onComplete(subscribe.get(), result -> {
            if (result.isSuccess()) {
                if (request.getAttribute(AttributeKeys.webSocketUpgrade).isEmpty()) {
                    result.get().closed().run();
                }
                return handle(flow(result.get()));
            }
            Throwable failure = result.failed().get();
            Throwable cause = FailureCause.of(failure);
            return cause instanceof ProblemException problem
                    ? ProblemResponses.complete(problem.problem())
                    : failWith(cause);
        }));
    }

    /**
     * The socket's flow for a subscription: its messages out, the client's first text message to
     * it and the rest ignored; {@code opened} when the messages start, {@code closed} when they end.
     */
    private static Flow<Message, Message, NotUsed> flow(StreamSubscription subscription) {
        AtomicBoolean first = new AtomicBoolean(true);
        Sink<Message, NotUsed> client = Flow.<Message>create()
                .filter(message -> first.getAndSet(false) && message.isText())
                .map(message -> message.asTextMessage().getStrictText())
                .to(Sink.foreach(subscription.firstClientText()::accept));
        Source<Message, NotUsed> out = CursorSource.of(subscription.messages())
                .map(StreamText::message)
                .watchTermination((mat, done) -> {
                    subscription.opened().run();
                    done.whenComplete((d, failure) -> subscription.closed().run());
                    return mat;
                });
        return Flow.fromSinkAndSourceCoupled(client, out);
    }

    /**
     * Closes every open WebSocket with 1001 ("going away"): the server is shutting down or leaving
     * its cluster, and clients should reconnect (through the load balancer, to another node) and
     * resume from the last {@code seq} they saw.
     */
    public void closeAllGoingAway() {
        for (WebSocketGuard.Closer closer : List.copyOf(open)) {
            closer.close(WebSocketClose.GOING_AWAY, WebSocketClose.GOING_AWAY_REASON);
        }
    }

    private void opened(WebSocketGuard.Closer closer) {
        open.add(closer);
        metrics.webSocketOpened();
    }

    private void closed(WebSocketGuard.Closer closer) {
        if (open.remove(closer)) {
            metrics.webSocketClosed();
        }
    }

    /** The route's flow with whole client messages in, and its failure turned into a 1011 close. */
    private Flow<Message, Message, NotUsed> guarded(Flow<Message, Message, ?> handler, WebSocketGuard.Closer closer,
                                                    Materializer materializer) {
        return Flow.<Message>create()
                .mapAsync(1, message -> strict(message, materializer))
                .via(handler)
                .recoverWithRetries(1, new PFBuilder<Throwable, Graph<SourceShape<Message>, NotUsed>>()
                        .match(Throwable.class, failure -> {
                            closer.close(WebSocketClose.UNEXPECTED_CONDITION, WebSocketClose.internalError(failure));
                            return Source.never();
                        })
                        .build());
    }

    private CompletionStage<Message> strict(Message message, Materializer materializer) {
        return message.isText()
                ? message.asTextMessage().toStrict(strictTimeoutMillis, materializer).thenApply(m -> (Message) m)
                : message.asBinaryMessage().toStrict(strictTimeoutMillis, materializer).thenApply(m -> (Message) m);
    }

    /** The same flow over Akka HTTP's Scala message types, which its protocol stack speaks. */
    private static Flow<akka.http.scaladsl.model.ws.Message, akka.http.scaladsl.model.ws.Message, NotUsed>
            scalaMessages(Flow<Message, Message, NotUsed> flow) {
        return Flow.<akka.http.scaladsl.model.ws.Message>create()
                .map(message -> (Message) message)
                .via(flow)
                .map(Message::asScala);
    }
}
