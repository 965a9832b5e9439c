package dev.involution.arena.http;

import akka.Done;
import akka.NotUsed;
import akka.http.javadsl.model.AttributeKey;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpEntity;
import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.RequestEntity;
import akka.http.javadsl.model.ResponseEntity;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Connection;
import akka.http.javadsl.model.headers.RetryAfter;
import akka.japi.pf.PFBuilder;
import akka.stream.Attributes;
import akka.stream.BidiShape;
import akka.stream.Inlet;
import akka.stream.Outlet;
import akka.stream.javadsl.BidiFlow;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.stage.AbstractInHandler;
import akka.stream.stage.AbstractOutHandler;
import akka.stream.stage.AsyncCallback;
import akka.stream.stage.GraphStage;
import akka.stream.stage.GraphStageLogic;
import akka.stream.stage.TimerGraphStageLogic;
import akka.util.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * The deadlines and the per-client cap of one HTTP connection, between Akka HTTP's server layer and
 * the routes (materialized once per connection):
 * <ul>
 *   <li>a request must arrive (its head complete) within the header timeout of the connection's
 *       start or of the end of the previous answer, else the connection is closed: a client that
 *       trickles a head, or keeps an idle connection, holds it no longer than that;</li>
 *   <li>a request's body must be complete within the body timeout of its head, else the body fails
 *       with {@link RequestBodyTimeout} (408, connection closed); a 2xx answer waits for the end of
 *       its request's body (reading and dropping one the route left unread);</li>
 *   <li>a client address holds at most {@link ClientConnections#maxPerClient()} connections: the
 *       first request of one more is answered 429 and the connection closed;</li>
 *   <li>every answer gets the {@link SecurityHeaders}.</li>
 * </ul>
 * A WebSocket handshake's connection stops being an HTTP connection at its 101 answer; its lease
 * passes to the socket ({@link #LEASE}), and the socket's own limits apply from then on.
 */
public final class ConnectionGuard extends GraphStage<BidiShape<HttpRequest, HttpRequest, HttpResponse, HttpResponse>> {

    /** The connection's lease, on every request it passes to the routes. */
    public static final AttributeKey<ClientConnections.Lease> LEASE =
            AttributeKey.create("arena-connection-lease", ClientConnections.Lease.class);

    private static final Logger log = LoggerFactory.getLogger(ConnectionGuard.class);
    private static final LogThrottle refusals = new LogThrottle(log, Duration.ofMinutes(1), 5);
    private static final String HEAD_DEADLINE = "head";

    private final HttpSettings.ConnectionSettings settings;
    private final long maxBodyBytes;
    private final ClientConnections connections;
    private final ClientAddress clientAddress;
    private final Clock clock;

    private final Inlet<HttpRequest> requestIn = Inlet.create("ConnectionGuard.requestIn");
    private final Outlet<HttpRequest> requestOut = Outlet.create("ConnectionGuard.requestOut");
    private final Inlet<HttpResponse> responseIn = Inlet.create("ConnectionGuard.responseIn");
    private final Outlet<HttpResponse> responseOut = Outlet.create("ConnectionGuard.responseOut");
    private final BidiShape<HttpRequest, HttpRequest, HttpResponse, HttpResponse> shape =
            BidiShape.of(requestIn, requestOut, responseIn, responseOut);

    private ConnectionGuard(HttpSettings http, ClientConnections connections, Clock clock) {
        this.settings = http.connections();
        this.maxBodyBytes = http.maxBodyBytes();
        this.connections = connections;
        this.clientAddress = http.clientAddress();
        this.clock = clock;
    }

    /** The routes' flow behind the guard: what {@code bindFlow} materializes for each connection. */
    public static Flow<HttpRequest, HttpResponse, NotUsed> around(Flow<HttpRequest, HttpResponse, NotUsed> routes,
                                                                  HttpSettings http, ClientConnections connections,
                                                                  Clock clock) {
        return BidiFlow.fromGraph(new ConnectionGuard(http, connections, clock)).join(routes);
    }

    /** A request's body on its way in: whether a reader started on it, and when it ended. */
    private static final class Body {
        private volatile boolean started;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        private RequestEntity entity;
    }

    /** A 2xx answer held until its request's body has ended. */
    private record Held(HttpResponse response, Throwable bodyFailure) {
    }

    @Override
    public BidiShape<HttpRequest, HttpRequest, HttpResponse, HttpResponse> shape() {
        return shape;
    }

    @Override
    public GraphStageLogic createLogic(Attributes inheritedAttributes) {
        return new TimerGraphStageLogic(shape) {
            private Optional<ClientConnections.Lease> lease = Optional.empty();
            private boolean first = true;
            private boolean upgraded;
            private boolean inFlight;
            private HttpResponse refusal;
            private Body body;
            private boolean holding;
            private boolean routesFinished;
            private final AsyncCallback<Done> answerSent = createAsyncCallback(done -> awaitRequest());
            private final AsyncCallback<Held> bodyEnded = createAsyncCallback(held -> send(held.bodyFailure() == null
                    ? held.response()
                    : ProblemResponses.response(ProblemExceptionHandler.problemFor(held.bodyFailure(), maxBodyBytes),
                            List.of(Connection.create("close")))));

            {
                setHandler(requestIn, new AbstractInHandler() {
                    @Override
                    public void onPush() {
                        onRequest(grab(requestIn));
                    }

                    @Override
                    public void onUpstreamFinish() {
                        complete(requestOut);
                    }

                    @Override
                    public void onUpstreamFailure(Throwable failure) {
                        fail(requestOut, failure);
                    }
                });
                setHandler(requestOut, new AbstractOutHandler() {
                    @Override
                    public void onPull() {
                        if (!hasBeenPulled(requestIn) && !isClosed(requestIn)) {
                            pull(requestIn);
                        }
                    }

                    @Override
                    public void onDownstreamFinish(Throwable cause) {
                        cancel(requestIn, cause);
                    }
                });
                setHandler(responseIn, new AbstractInHandler() {
                    @Override
                    public void onPush() {
                        onResponse(grab(responseIn));
                    }

                    @Override
                    public void onUpstreamFinish() {
                        if (holding) {
                            routesFinished = true;
                        } else {
                            completeStage();
                        }
                    }
                });
                setHandler(responseOut, new AbstractOutHandler() {
                    @Override
                    public void onPull() {
                        if (refusal != null) {
                            push(responseOut, refusal);
                            completeStage();
                        } else if (!hasBeenPulled(responseIn) && !isClosed(responseIn)) {
                            pull(responseIn);
                        }
                    }
                });
            }

            @Override
            public void preStart() {
                awaitRequest();
            }

            private void awaitRequest() {
                if (!upgraded && !inFlight) {
                    scheduleOnce(HEAD_DEADLINE, settings.headerTimeout());
                }
            }

            private void onRequest(HttpRequest request) {
                cancelTimer(HEAD_DEADLINE);
                if (first) {
                    first = false;
                    String client = clientAddress.of(request);
                    lease = connections.tryOpen(client);
                    if (lease.isEmpty()) {
                        refuse(client);
                        return;
                    }
                }
                inFlight = true;
                body = withBodyDeadline(request.entity());
                HttpRequest guarded = body == null ? request : request.withEntity(body.entity);
                push(requestOut, lease.map(l -> guarded.addAttribute(LEASE, l)).orElse(guarded));
            }

            private void refuse(String client) {
                refusals.info("Refused a connection from {}: it already holds {} connections", client,
                        connections.maxPerClient());
                refusal = SecurityHeaders.addTo(ProblemResponses.response(connections.refusal(clock.instant()),
                        List.of(RetryAfter.create(1L), Connection.create("close"))));
                if (isAvailable(responseOut)) {
                    push(responseOut, refusal);
                    completeStage();
                }
            }

            /**
             * Sends the answer; a 2xx answer to a request whose body has not ended waits for it (a
             * body the route left unread is read and dropped), so that an answer never precedes the
             * end of its request (Akka HTTP would log a warning for each) and a body that then fails
             * is answered as what it is (408, 413).
             */
            private void onResponse(HttpResponse response) {
                Body current = body;
                body = null;
                if (current != null && !current.ended.isDone() && response.status().isSuccess()
                        && !response.status().equals(StatusCodes.SWITCHING_PROTOCOLS)) {
                    if (!current.started) {
                        current.entity.getDataBytes().runWith(Sink.ignore(), materializer());
                    }
                    holding = true;
                    current.ended.whenComplete((done, failure) -> bodyEnded.invoke(new Held(response, failure)));
                    return;
                }
                send(response);
            }

            private void send(HttpResponse response) {
                inFlight = false;
                if (holding) {
                    holding = false;
                    if (routesFinished) {
                        push(responseOut, SecurityHeaders.addTo(response));
                        completeStage();
                        return;
                    }
                }
                if (response.status().equals(StatusCodes.SWITCHING_PROTOCOLS)) {
                    upgraded = true;
                    push(responseOut, SecurityHeaders.addTo(response));
                    return;
                }
                ResponseEntity entity = response.entity();
                if (entity.isStrict() || entity.isKnownEmpty()) {
                    push(responseOut, SecurityHeaders.addTo(response));
                    awaitRequest();
                } else {
                    push(responseOut, SecurityHeaders.addTo(response.withEntity(whenSent(entity))));
                }
            }

            /** The entity, telling this stage when its last byte has been handed to the connection. */
            private ResponseEntity whenSent(ResponseEntity entity) {
                Source<ByteString, Object> data = entity.getDataBytes().watchTermination((mat, done) -> {
                    done.whenComplete((d, failure) -> answerSent.invoke(Done.getInstance()));
                    return mat;
                });
                return withData(entity, data);
            }

            @Override
            public void onTimer(Object key) {
                if (inFlight) {
                    return;
                }
                log.debug("Closing a connection that sent no complete request within {}", settings.headerTimeout());
                completeStage();
            }

            @Override
            public void postStop() {
                lease.ifPresent(ClientConnections.Lease::releaseByConnection);
            }
        };
    }

    /**
     * The body of a request that is still arriving, failing with {@link RequestBodyTimeout} once the
     * body timeout has passed; null for a body that arrived with the head.
     */
    private Body withBodyDeadline(RequestEntity entity) {
        if (entity.isStrict() || entity.isKnownEmpty()) {
            return null;
        }
        Body body = new Body();
        Duration timeout = settings.bodyTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        Source<ByteString, Object> data = entity.getDataBytes()
                .via(Flow.fromMaterializer((materializer, attributes) -> Flow.<ByteString>create()
                        .completionTimeout(Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime())))))
                .mapError(new PFBuilder<Throwable, Throwable>()
                        .match(TimeoutException.class, e -> new RequestBodyTimeout(timeout))
                        .build())
                .watchTermination((mat, done) -> {
                    body.started = true;
                    done.whenComplete((d, failure) -> {
                        if (failure == null) {
                            body.ended.complete(null);
                        } else {
                            body.ended.completeExceptionally(failure);
                        }
                    });
                    return mat;
                });
        body.entity = withData(entity, data);
        return body;
    }

    /** The entity with these data bytes instead: of the same length where it had one, else chunked. */
    private static RequestEntity withData(HttpEntity entity, Source<ByteString, Object> data) {
        return entity.getContentLengthOption().isPresent()
                ? HttpEntities.create(entity.getContentType(), entity.getContentLengthOption().getAsLong(), data)
                : HttpEntities.createChunked(entity.getContentType(), data);
    }
}
