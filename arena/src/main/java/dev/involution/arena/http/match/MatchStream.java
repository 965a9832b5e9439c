package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.NotUsed;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.pubsub.Topic;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.model.ws.TextMessage;
import akka.http.javadsl.server.Route;
import akka.japi.Pair;
import akka.stream.OverflowStrategy;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Keep;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.typed.javadsl.ActorSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.match.Matches;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.pubsub.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /api/matches/{id}/stream[?from=SEQ]}, a WebSocket. Without {@code from} it sends a
 * {@code snapshot} (the public match view and the book at sequence S), then every event after S;
 * with {@code from} it sends every event from that sequence number on, first from the journal,
 * then live. Events come in order with gap-free {@code seq} numbers: a live event that arrives
 * after a gap makes the stream fetch the missing ones from the journal first, so a client that
 * reconnects with {@code from = last seq + 1} misses nothing and sees nothing twice. A
 * {@code heartbeat} is sent after {@value #HEARTBEAT_SECONDS} s without events. The stream is for
 * reading (a client message over the size limit closes it with 1009, see {@link WebSockets}); the first
 * message may be a {@code hello} with a player token ({@link StreamHello}), which names the player
 * among the match's connections ({@link MatchPresence}).
 */
final class MatchStream {
    static final int HEARTBEAT_SECONDS = 10;
    static final int CATCH_UP_SECONDS = 3;
    private static final int LIVE_BUFFER = 20_000;
    /** Recent events' messages kept, across matches, so that subscribers share them. */
    private static final int SHARED_MESSAGES = 4_096;

    private final ActorSystem<?> system;
    private final Matches matches;
    private final MatchHistory history;
    private final Topics topics;
    private final OriginCheck origins;
    private final WebSockets webSockets;
    private final ArenaMetrics metrics;
    private final Clock clock;
    private final MatchPresence presence;
    private final StreamHello hello;
    /**
     * The message of each recent event, by match and {@code seq}: an event's public JSON is written
     * once and the same immutable message goes to every subscriber, instead of being converted to a
     * tree and written again for each of them (with N spectators, N times per event).
     */
    private final Map<String, Message> shared = Collections.synchronizedMap(
            new LinkedHashMap<>(SHARED_MESSAGES * 2, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Message> eldest) {
                    return size() > SHARED_MESSAGES;
                }
            });

    MatchStream(ActorSystem<?> system, Matches matches, MatchHistory history, OriginCheck origins,
                WebSockets webSockets, ArenaMetrics metrics, Clock clock, MatchPresence presence, StreamHello hello) {
        this.system = system;
        this.matches = matches;
        this.history = history;
        this.topics = Topics.get(system);
        this.origins = origins;
        this.webSockets = webSockets;
        this.metrics = metrics;
        this.clock = clock;
        this.presence = presence;
        this.hello = hello;
    }

    Route route(String matchId) {
        return origins.allowedOrigin(() -> parameterOptional("from", from -> {
            Optional<Long> start = from.flatMap(MatchStream::parseSeq);
            if (from.isPresent() && start.isEmpty()) {
                return ProblemResponses.complete(Problem.invalidField("from", "range",
                        "from must be a whole number of at least 1"));
            }
            ActorRef<Topic.Command<MatchEvent>> topic = topics.topic(MatchEvent.class, "match", matchId);
            Pair<ActorRef<MatchEvent>, Source<MatchEvent, NotUsed>> live = ActorSource.<MatchEvent>actorRef(
                            e -> false, e -> Optional.empty(), LIVE_BUFFER, OverflowStrategy.fail())
                    .preMaterialize(system);
            topic.tell(Topic.subscribe(live.first()));
            return onSuccess(matches.ask(matchId, MatchEntity.GetStreamSnapshot::new), reply -> {
                if (reply instanceof MatchEntity.Rejected r) {
                    live.second().runWith(Sink.cancelled(), system);
                    return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
                }
                MatchEntity.StreamSnapshot snapshot = (MatchEntity.StreamSnapshot) reply;
                long current = snapshot.details().seq();
                if (start.isPresent() && start.get() > current + 1) {
                    live.second().runWith(Sink.cancelled(), system);
                    return ProblemResponses.complete(Problem.invalidField("from", "range",
                            "from is beyond the match's next sequence number " + (current + 1)));
                }
                Source<Message, NotUsed> messages = start.isPresent()
                        ? fromSequence(matchId, start.get(), live.second())
                        : fromSnapshot(matchId, snapshot, live.second());
                return webSockets.handle(greeted(matchId, flow(messages)));
            });
        }));
    }

    private Source<Message, NotUsed> fromSnapshot(String matchId, MatchEntity.StreamSnapshot snapshot,
                                                     Source<MatchEvent, NotUsed> live) {
        long seq = snapshot.details().seq();
        ObjectNode first = Json.mapper().createObjectNode();
        first.put("type", "snapshot");
        first.put("seq", seq);
        first.put("at", clock.millis());
        first.set("match", Json.mapper().valueToTree(snapshot.details()));
        first.set("book", Json.mapper().valueToTree(snapshot.book()));
        AtomicLong next = new AtomicLong(seq + 1);
        return Source.single(text(first))
                .concat(inSequenceOnly(inOrder(matchId, live, next), next).map(e -> message(matchId, e)));
    }

    private Source<Message, NotUsed> fromSequence(String matchId, long from, Source<MatchEvent, NotUsed> live) {
        AtomicLong next = new AtomicLong(from);
        Source<MatchEvent, NotUsed> past = history.events(matchId, from, Long.MAX_VALUE);
        return inSequenceOnly(past.concat(inOrder(matchId, live, next)), next).map(e -> message(matchId, e));
    }

    /** The event's message, written once for all subscribers (see {@link #shared}). */
    private Message message(String matchId, MatchEvent event) {
        return shared.computeIfAbsent(matchId + ':' + event.seq(), key -> text(MatchHistory.publicJson(event)));
    }

    /**
     * Live events in sequence: older ones dropped, gaps filled from the journal. When no live
     * event has come for {@value #CATCH_UP_SECONDS} s the journal is read from the next expected
     * number, so an event whose publication was missed is still delivered.
     */
    private Source<MatchEvent, NotUsed> inOrder(String matchId, Source<MatchEvent, NotUsed> live, AtomicLong next) {
        return live.map(Optional::of)
                .keepAlive(Duration.ofSeconds(CATCH_UP_SECONDS), Optional::<MatchEvent>empty)
                .flatMapConcat(maybe -> maybe.isEmpty()
                        ? history.events(matchId, next.get(), Long.MAX_VALUE)
                        : inSequence(matchId, maybe.get(), next.get()));
    }

    /** A live event, preceded by the journal's events between the next expected number and it. */
    private Source<MatchEvent, NotUsed> inSequence(String matchId, MatchEvent e, long expected) {
        if (e.seq() < expected) {
            return Source.empty();
        }
        if (e.seq() == expected) {
            // The usual case, as is: flatMapConcat passes a Source.single on without materializing
            // a substream (a substream per event and subscriber took about 10% of the arena's CPU
            // with 1,000 subscribers).
            return Source.single(e);
        }
        return history.events(matchId, expected, e.seq() - 1).concat(Source.single(e));
    }

    /**
     * The one place that decides what is sent: exactly the next sequence number, so nothing is
     * sent twice and nothing after a hole. An event that arrives after a hole (the journal read
     * did not yet show the missing ones) is dropped; the next live event or the idle catch-up
     * reads the journal again from the first missing number.
     */
    private static Source<MatchEvent, NotUsed> inSequenceOnly(Source<MatchEvent, NotUsed> events, AtomicLong next) {
        return events.filter(e -> {
            if (e.seq() != next.get()) {
                return false;
            }
            next.set(e.seq() + 1);
            return true;
        });
    }

    private Flow<Message, Message, NotUsed> flow(Source<Message, NotUsed> messages) {
        Source<Message, NotUsed> out = messages
                .keepAlive(Duration.ofSeconds(HEARTBEAT_SECONDS), this::heartbeat)
                .watchTermination((mat, done) -> {
                    metrics.webSocketOpened();
                    done.whenComplete((d, failure) -> metrics.webSocketClosed());
                    return mat;
                });
        return Flow.fromSinkAndSourceCoupled(Sink.ignore(), out);
    }

    private Message heartbeat() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "heartbeat");
        node.put("at", clock.millis());
        return text(node);
    }

    private static Message text(ObjectNode node) {
        try {
            return TextMessage.create(Json.mapper().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a stream message", e);
        }
    }

    /**
     * The stream with its connection counted in the match's {@link MatchPresence} and the client's
     * first message offered to {@link StreamHello}. Client messages arrive whole and within the size
     * limit ({@link WebSockets}).
     */
    private Flow<Message, Message, NotUsed> greeted(String matchId, Flow<Message, Message, NotUsed> stream) {
        long connection = presence.newId();
        AtomicBoolean first = new AtomicBoolean(true);
        return Flow.<Message>create()
                .map(MatchStream::clientText)
                .mapAsync(1, text -> (first.getAndSet(false)
                        ? hello.receive(matchId, connection, text)
                        : CompletableFuture.completedFuture(false))
                        .thenApply(ignored -> (Message) TextMessage.create(text)))
                .viaMat(stream, Keep.right())
                .watchTermination((mat, done) -> {
                    presence.opened(connection, matchId);
                    done.whenComplete((d, failure) -> presence.closed(connection));
                    return mat;
                });
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
