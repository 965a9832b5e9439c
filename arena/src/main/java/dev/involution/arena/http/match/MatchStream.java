package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.actor.typed.ActorSystem;
import akka.http.javadsl.server.Route;
import akka.stream.Materializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.FromParameter;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;
import dev.involution.arena.http.SharedMessages;
import dev.involution.arena.http.StreamSubscription;
import dev.involution.arena.http.StreamText;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.match.Matches;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.pubsub.Topics;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
 * A subscriber is a {@link StreamSubscription} ({@link #subscribe}), the same for the HTTP edge's
 * socket ({@link #route}) and the stream edge's ({@code http.streamedge}), which differ only in how
 * they write the messages.
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
    private final Runnable messageSent;
    private final Clock clock;
    private final MatchPresence presence;
    private final StreamHello hello;
    private final MatchFeeds feeds;
    private final int subscriberBuffer;
    private final Materializer materializer;
    /**
     * The message of each recent event, by match and {@code seq}: an event's public JSON is written
     * once and the same immutable message goes to every subscriber, live or catching up.
     */
    private final SharedMessages<StreamText> shared = new SharedMessages<>(SHARED_MESSAGES);

    MatchStream(ActorSystem<?> system, Matches matches, MatchHistory history, OriginCheck origins,
                WebSockets webSockets, ArenaMetrics metrics, Clock clock, MatchPresence presence, StreamHello hello) {
        this.matches = matches;
        this.history = history;
        this.topics = Topics.get(system);
        this.origins = origins;
        this.webSockets = webSockets;
        this.metrics = metrics;
        this.messageSent = metrics.streamMessageSent("match");
        this.clock = clock;
        this.presence = presence;
        this.hello = hello;
        this.subscriberBuffer = webSockets.settings().subscriberBuffer();
        this.materializer = Materializer.matFromSystem(system);
        this.feeds = new MatchFeeds(matchId -> new MatchFeed(system, topics.topic(MatchEvent.class, "match", matchId),
                (from, to) -> history.events(matchId, from, to), e -> message(matchId, e), this::heartbeat,
                subscriberBuffer));
    }

    Route route(String matchId) {
        return origins.allowedOrigin(() -> parameterOptional("from",
                from -> webSockets.subscribe(() -> subscribe(matchId, from))));
    }

    /**
     * A subscriber of the match's stream from {@code from} (a {@code seq}, text as in the query), or
     * from a snapshot without it; fails with a {@link ProblemException} for a {@code from} that is
     * not a sequence number of the match, or a match that is not there. Whichever socket runs it
     * (Akka HTTP's or the spectator edge's), the subscriber is sent the same messages.
     */
    CompletionStage<StreamSubscription> subscribe(String matchId, Optional<String> from) {
        Optional<Long> start = from.flatMap(value -> FromParameter.parse(value, 1));
        if (from.isPresent() && start.isEmpty()) {
            return CompletableFuture.failedFuture(new ProblemException(FromParameter.invalid(1)));
        }
        // The feed runs from before the snapshot: a subscriber starts with the feed's frames after
        // its snapshot still in the feed's ring, and reads from the journal only the events the
        // feed does not hold (SubscriberCursor).
        MatchFeed feed = feeds.acquire(matchId);
        return matches.ask(matchId, MatchEntity.GetStreamSnapshot::new).thenApply(reply -> {
            if (reply instanceof MatchEntity.Rejected r) {
                throw new ProblemException(MatchRoutes.problem(r.rejection()));
            }
            MatchEntity.StreamSnapshot snapshot = (MatchEntity.StreamSnapshot) reply;
            long current = snapshot.details().seq();
            if (start.isPresent() && start.get() > current + 1) {
                throw new ProblemException(Problem.invalidField("from", "range",
                        "from is beyond the match's next sequence number " + (current + 1)));
            }
            feed.expect(current + 1);
            return subscription(matchId, feed, start.orElse(current + 1),
                    start.isPresent() ? Optional.empty() : Optional.of(snapshotText(snapshot)),
                    start.isPresent() ? Optional.of(current) : Optional.empty());
        }).whenComplete((subscription, failure) -> {
            if (failure != null) {
                feeds.release(matchId, feed);
            }
        });
    }

    /**
     * The subscriber's messages from {@code start} (after {@code first}, a snapshot, if any; a
     * reconnect reads the journal up to {@code catchUpTo} first), counted in the match's
     * {@link MatchPresence} while its socket is open and named by its client's {@code hello}
     * ({@link StreamHello}).
     */
    private StreamSubscription subscription(String matchId, MatchFeed feed, long start, Optional<StreamText> first,
                                            Optional<Long> catchUpTo) {
        long connection = presence.newId();
        return new StreamSubscription(
                wake -> new SubscriberCursor(start, first, catchUpTo,
                        feed.frames(start, wake, () -> {
                            metrics.streamResync("match");
                            return StreamFrame.OVERFLOWED;
                        }),
                        (fromSeq, toSeq) -> history.events(matchId, fromSeq, toSeq).map(e -> frame(matchId, e)),
                        this::resync, messageSent, wake, materializer),
                text -> hello.receive(matchId, connection, text),
                () -> presence.opened(connection, matchId),
                () -> {
                    presence.closed(connection);
                    feeds.release(matchId, feed);
                });
    }

    private StreamText snapshotText(MatchEntity.StreamSnapshot snapshot) {
        ObjectNode first = Json.mapper().createObjectNode();
        first.put("type", "snapshot");
        first.put("seq", snapshot.details().seq());
        first.put("at", clock.millis());
        first.set("match", Json.mapper().valueToTree(snapshot.details()));
        first.set("book", Json.mapper().valueToTree(snapshot.book()));
        return Json.streamText(first);
    }

    /** An event's frame, its message shared (see {@link #shared}). */
    private StreamFrame frame(String matchId, MatchEvent e) {
        return new StreamFrame(e.seq(), e.seq(), message(matchId, e));
    }

    /** The event's message, written once for all subscribers (see {@link #shared}). */
    private StreamText message(String matchId, MatchEvent event) {
        return shared.get(matchId + ':' + event.seq(), () -> Json.streamText(MatchHistory.publicJson(event)));
    }

    private StreamText resync(long from) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "resync");
        node.put("from", from);
        node.put("at", clock.millis());
        node.put("reason", "this connection fell more than " + subscriberBuffer
                + " messages behind; reconnect with ?from=" + from);
        return Json.streamText(node);
    }

    private StreamText heartbeat() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "heartbeat");
        node.put("at", clock.millis());
        return Json.streamText(node);
    }

}
