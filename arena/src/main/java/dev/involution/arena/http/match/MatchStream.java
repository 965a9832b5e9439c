package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.NotUsed;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.server.Route;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.SharedMessages;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.match.Matches;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.pubsub.Topics;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /api/matches/{id}/stream[?from=SEQ]}, a WebSocket. Without {@code from} it sends a
 * {@code snapshot} (the public match view and the book at sequence S), then every event after S;
 * with {@code from} it sends every event from that sequence number on, first from the journal,
 * then live. Events come in order with gap-free {@code seq} numbers: live events come from the
 * node's {@link MatchFeed} of the match, which orders them, writes each event's message once and
 * hands the same message to every subscriber; where a subscriber starts behind the feed it reads
 * the missing events from the journal first, so a client that reconnects with
 * {@code from = last seq + 1} misses nothing and sees nothing twice. A {@code heartbeat} is sent
 * after {@value #HEARTBEAT_SECONDS} s without events.
 *
 * <p>Each subscriber reads the feed's frames at its socket's pace from its own position in the
 * feed's ring ({@link dev.involution.arena.http.Fanout}), so a slow one never holds back the match
 * or the others: when it falls more than {@code arena.http.websocket.subscriber-buffer} messages
 * behind the newest, the subscriber is sent one
 * {@code {"type":"resync","from":N,...}} (N: the first {@code seq} it did not get) and the stream
 * ends; the client reconnects with {@code ?from=N} ({@code arena_stream_resyncs_total}).
 *
 * <p>The stream is for reading (a client message over the size limit closes it with 1009, see
 * {@link WebSockets}); the first message may be a {@code hello} with a player token
 * ({@link StreamHello}), which names the player among the match's connections ({@link MatchPresence}).
 */
final class MatchStream {
    static final int HEARTBEAT_SECONDS = 10;
    static final int CATCH_UP_SECONDS = 3;
    /** Recent events' messages kept, across matches, so that catch-ups from the journal share them. */
    private static final int SHARED_MESSAGES = 4_096;

    private final Matches matches;
    private final MatchHistory history;
    private final Topics topics;
    private final OriginCheck origins;
    private final WebSockets webSockets;
    private final ArenaMetrics metrics;
    private final Clock clock;
    private final MatchPresence presence;
    private final StreamHello hello;
    private final MatchFeeds feeds;
    private final int subscriberBuffer;
    /**
     * The message of each recent event, by match and {@code seq}: an event's public JSON is written
     * once and the same immutable message goes to every subscriber, live or catching up.
     */
    private final SharedMessages shared = new SharedMessages(SHARED_MESSAGES);

    MatchStream(ActorSystem<?> system, Matches matches, MatchHistory history, OriginCheck origins,
                WebSockets webSockets, ArenaMetrics metrics, Clock clock, MatchPresence presence, StreamHello hello) {
        this.matches = matches;
        this.history = history;
        this.topics = Topics.get(system);
        this.origins = origins;
        this.webSockets = webSockets;
        this.metrics = metrics;
        this.clock = clock;
        this.presence = presence;
        this.hello = hello;
        this.subscriberBuffer = webSockets.settings().subscriberBuffer();
        this.feeds = new MatchFeeds(matchId -> new MatchFeed(system, topics.topic(MatchEvent.class, "match", matchId),
                (from, to) -> history.events(matchId, from, to), e -> message(matchId, e), this::heartbeat,
                subscriberBuffer));
    }

    Route route(String matchId) {
        return origins.allowedOrigin(() -> parameterOptional("from", from -> {
            Optional<Long> start = from.flatMap(MatchStream::parseSeq);
            if (from.isPresent() && start.isEmpty()) {
                return ProblemResponses.complete(Problem.invalidField("from", "range",
                        "from must be a whole number of at least 1"));
            }
            // The feed runs from before the snapshot: a subscriber starts with the feed's frames
            // after its snapshot still in the feed's ring, and reads from the journal only the
            // events the feed does not hold (SubscriberSequence).
            MatchFeed feed = feeds.acquire(matchId);
            return onSuccess(matches.ask(matchId, MatchEntity.GetStreamSnapshot::new), reply -> {
                if (reply instanceof MatchEntity.Rejected r) {
                    feeds.release(matchId, feed);
                    return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
                }
                MatchEntity.StreamSnapshot snapshot = (MatchEntity.StreamSnapshot) reply;
                long current = snapshot.details().seq();
                if (start.isPresent() && start.get() > current + 1) {
                    feeds.release(matchId, feed);
                    return ProblemResponses.complete(Problem.invalidField("from", "range",
                            "from is beyond the match's next sequence number " + (current + 1)));
                }
                feed.expect(current + 1);
                Source<StreamFrame, NotUsed> live = feed.frames(current + 1, () -> {
                    metrics.streamResync("match");
                    return StreamFrame.OVERFLOWED;
                });
                // A reconnect reads the journal from its sequence number, then the feed; Akka's
                // concat pulls its second source early, so what is sent is decided after it.
                Source<StreamFrame, NotUsed> frames = start.isPresent()
                        ? history.events(matchId, start.get(), Long.MAX_VALUE).map(e -> frame(matchId, e)).concatLazy(live)
                        : live;
                Source<Message, NotUsed> messages = frames.via(new SubscriberSequence(start.orElse(current + 1),
                        start.isPresent() ? Optional.empty() : Optional.of(snapshotMessage(snapshot)),
                        (fromSeq, toSeq) -> history.events(matchId, fromSeq, toSeq).map(e -> frame(matchId, e)),
                        this::resync, () -> metrics.streamMessagesSent("match", 1)));
                return webSockets.handle(greeted(matchId, messages, () -> feeds.release(matchId, feed)));
            });
        }));
    }

    private Message snapshotMessage(MatchEntity.StreamSnapshot snapshot) {
        ObjectNode first = Json.mapper().createObjectNode();
        first.put("type", "snapshot");
        first.put("seq", snapshot.details().seq());
        first.put("at", clock.millis());
        first.set("match", Json.mapper().valueToTree(snapshot.details()));
        first.set("book", Json.mapper().valueToTree(snapshot.book()));
        return Json.streamMessage(first);
    }

    /** An event's frame, its message shared (see {@link #shared}). */
    private StreamFrame frame(String matchId, MatchEvent e) {
        return new StreamFrame(e.seq(), e.seq(), message(matchId, e));
    }

    /** The event's message, written once for all subscribers (see {@link #shared}). */
    private Message message(String matchId, MatchEvent event) {
        return shared.get(matchId + ':' + event.seq(), () -> Json.streamMessage(MatchHistory.publicJson(event)));
    }

    private Message resync(long from) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "resync");
        node.put("from", from);
        node.put("at", clock.millis());
        node.put("reason", "this connection fell more than " + subscriberBuffer
                + " messages behind; reconnect with ?from=" + from);
        return Json.streamMessage(node);
    }

    private Message heartbeat() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "heartbeat");
        node.put("at", clock.millis());
        return Json.streamMessage(node);
    }


    /**
     * The socket's flow: {@code messages} out, with the connection counted in the match's
     * {@link MatchPresence} while they flow and {@code onEnd} run when they end; the client's first
     * message offered to {@link StreamHello}, the rest ignored. Client messages arrive whole and
     * within the size limit ({@link WebSockets}). Per message sent, only the one termination watch is
     * added here: each stage in this path runs once per message and subscriber.
     */
    private Flow<Message, Message, NotUsed> greeted(String matchId, Source<Message, NotUsed> messages, Runnable onEnd) {
        long connection = presence.newId();
        AtomicBoolean first = new AtomicBoolean(true);
        Sink<Message, NotUsed> client = Flow.<Message>create()
                .map(MatchStream::clientText)
                .mapAsync(1, text -> first.getAndSet(false)
                        ? hello.receive(matchId, connection, text)
                        : CompletableFuture.completedFuture(false))
                .to(Sink.ignore());
        Source<Message, NotUsed> out = messages.watchTermination((mat, done) -> {
            presence.opened(connection, matchId);
            done.whenComplete((d, failure) -> {
                presence.closed(connection);
                onEnd.run();
            });
            return mat;
        });
        return Flow.fromSinkAndSourceCoupled(client, out);
    }

    /** A client message's text (empty for a binary one); {@link WebSockets} hands over whole messages. */
    private static String clientText(Message message) {
        return message.isText() ? message.asTextMessage().getStrictText() : "";
    }

    private static Optional<Long> parseSeq(String value) {
        try {
            long v = Long.parseLong(value);
            return v >= 1 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
