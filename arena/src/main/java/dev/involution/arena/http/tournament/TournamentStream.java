package dev.involution.arena.http.tournament;

import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.NotUsed;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.server.Route;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import dev.involution.arena.http.FromParameter;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;
import dev.involution.arena.http.SourceCursor;
import dev.involution.arena.http.StreamSubscription;
import dev.involution.arena.http.StreamText;
import dev.involution.arena.http.SubscriberQueue;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.http.match.MatchRoutes;
import dev.involution.arena.metrics.ArenaMetrics;
import dev.involution.arena.pubsub.TopicSubscription;
import dev.involution.arena.pubsub.Topics;
import dev.involution.arena.tournament.TournamentChange;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.arena.tournament.Tournaments;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /api/tournaments/{id}/stream[?from=SEQ]}, a WebSocket. Without {@code from} it sends
 * a {@code snapshot} (the whole tournament view at change number S), then a {@code delta} after
 * every change: only what changed, with its {@code seq} and the {@code prev} it applies to
 * ({@link TournamentMessages}). With {@code from} (the {@code seq} of the last snapshot or delta
 * the client applied) it sends the deltas after it, or a snapshot when they are no longer kept.
 *
 * <p>Each delta's message is written once per node and shared by its subscribers. Deltas come in
 * order, each one's {@code prev} the {@code seq} before it; where this node missed a publication
 * (a gap), the stream asks the tournament for what it missed and sends that (the deltas, or a
 * new snapshot) before going on. A subscriber whose socket falls more than
 * {@code arena.http.websocket.subscriber-buffer} messages behind gets one
 * {@code {"type":"resync","from":S,...}} (S: the last {@code seq} it was sent) and the stream ends
 * ({@code arena_stream_resyncs_total{stream="tournament"}}); it reconnects with {@code ?from=S}.
 * What the client sends is ignored (a message over the size limit closes the socket with 1009, see
 * {@link WebSockets}). The stream edge serves the same stream on its port ({@link #subscribe}).
 */
final class TournamentStream {
    /** Deltas a subscriber's topic subscription holds before its queue; beyond, the oldest go (a gap, refilled). */
    private static final int TOPIC_BUFFER = 256;
    /** From subscribing to the socket's stream starting: the tournament's answer (it may be recovering) and the handshake. */
    private static final Duration START_WITHIN = Duration.ofSeconds(60);
    /** The mark a subscriber's queue hands on when it overflowed. */
    private static final TournamentChange OVERFLOWED = new TournamentChange(null, null);

    private final ActorSystem<?> system;
    private final Tournaments tournaments;
    private final OriginCheck origins;
    private final WebSockets webSockets;
    private final ArenaMetrics metrics;
    private final Runnable messageSent;
    private final TournamentMessages messages;
    private final int subscriberBuffer;

    TournamentStream(ActorSystem<?> system, Tournaments tournaments, OriginCheck origins, WebSockets webSockets) {
        this.system = system;
        this.tournaments = tournaments;
        this.origins = origins;
        this.webSockets = webSockets;
        this.metrics = ArenaMetrics.get(system);
        this.messageSent = metrics.streamMessageSent("tournament");
        this.subscriberBuffer = webSockets.settings().subscriberBuffer();
        this.messages = new TournamentMessages(subscriberBuffer);
    }

    Route route(String tournamentId) {
        return origins.allowedOrigin(() -> parameterOptional("from",
                from -> webSockets.subscribe(() -> subscribe(tournamentId, from))));
    }

    /**
     * A subscriber of the tournament's stream after {@code from} (a {@code seq}, text as in the
     * query), or from a snapshot without it; fails with a {@link ProblemException} for a
     * {@code from} that is not a whole number or is beyond the tournament's current {@code seq},
     * or a tournament that is not there. Either edge's socket sends the same messages.
     */
    CompletionStage<StreamSubscription> subscribe(String tournamentId, Optional<String> from) {
        Optional<Long> since = from.flatMap(value -> FromParameter.parse(value, 0));
        if (from.isPresent() && since.isEmpty()) {
            return CompletableFuture.failedFuture(new ProblemException(FromParameter.invalid(0)));
        }
        Source<TournamentChange, NotUsed> live = TopicSubscription.subscribe(system,
                Topics.get(system).topic(TournamentChange.class, "tournament", tournamentId), TOPIC_BUFFER,
                START_WITHIN);
        return tournaments.ask(tournamentId, r -> new TournamentEntity.GetChanges(since.orElse(-1L), r))
                .thenApply(reply -> {
                    if (reply instanceof TournamentEntity.Rejected r) {
                        live.runWith(Sink.cancelled(), system);
                        throw new ProblemException(MatchRoutes.problem(r.rejection()));
                    }
                    TournamentEntity.Changes first = (TournamentEntity.Changes) reply;
                    if (since.isPresent() && since.get() > first.seq()) {
                        live.runWith(Sink.cancelled(), system);
                        throw new ProblemException(Problem.invalidField("from", "range",
                                "from is beyond the tournament's current seq " + first.seq()));
                    }
                    return subscription(tournamentId, first, live);
                });
    }

    /** The tournament's first answer's messages, then what the changes from the topic send, counted. */
    private StreamSubscription subscription(String tournamentId, TournamentEntity.Changes first,
                                            Source<TournamentChange, NotUsed> live) {
        AtomicLong last = new AtomicLong(first.seq());
        AtomicBoolean opened = new AtomicBoolean();
        Source<StreamText, NotUsed> rest = live
                .via(new SubscriberQueue<>(subscriberBuffer, () -> {
                    metrics.streamResync("tournament");
                    return OVERFLOWED;
                }))
                .flatMapConcat(change -> next(tournamentId, change, last));
        Source<StreamText, NotUsed> out = Source.from(messages.of(tournamentId, first)).concatLazy(rest)
                .map(message -> {
                    messageSent.run();
                    return message;
                });
        return StreamSubscription.readOnly(wake -> {
            opened.set(true);
            return SourceCursor.open(out, system, wake);
        }, () -> {
            if (!opened.get()) {
                live.runWith(Sink.cancelled(), system);
            }
        });
    }

    /**
     * What a change from the topic sends: nothing when it is not newer than what was sent; itself
     * when it follows on; after a gap what the tournament says was missed; after an overflow the resync.
     */
    private Source<StreamText, NotUsed> next(String tournamentId, TournamentChange change, AtomicLong last) {
        if (change == OVERFLOWED) {
            return Source.single(messages.resync(last.get()));
        }
        long seq = change.delta().seq();
        if (seq <= last.get()) {
            return Source.empty();
        }
        if (change.delta().prev() == last.get()) {
            last.set(seq);
            return Source.single(messages.delta(tournamentId, change.delta()));
        }
        return Source.completionStage(tournaments.ask(tournamentId,
                        r -> new TournamentEntity.GetChanges(last.get(), r)))
                .mapConcat(reply -> {
                    if (!(reply instanceof TournamentEntity.Changes missed) || missed.seq() <= last.get()) {
                        return List.<StreamText>of();
                    }
                    last.set(missed.seq());
                    return messages.of(tournamentId, missed);
                });
    }
}
