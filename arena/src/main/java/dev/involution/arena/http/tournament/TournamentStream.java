package dev.involution.arena.http.tournament;

import static akka.http.javadsl.server.Directives.onSuccess;

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
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.typed.javadsl.ActorSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.OriginCheck;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.WebSockets;
import dev.involution.arena.http.match.MatchRoutes;
import dev.involution.arena.pubsub.Topics;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.arena.tournament.Tournaments;
import dev.involution.bots.api.TournamentView;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/tournaments/{id}/stream}: a WebSocket that sends the whole tournament view as one
 * JSON text message on connect and again after every change. Views carry their change number
 * ({@code seq}); a view no newer than the last one sent is skipped, and when a slow client falls
 * behind only the newest views are kept, since each one replaces the last. What the client sends
 * is ignored (a message over the size limit closes the socket with 1009, see {@link WebSockets}).
 */
final class TournamentStream {
    private static final int BUFFER = 8;
    private final ActorSystem<?> system;
    private final Tournaments tournaments;
    private final OriginCheck origins;
    private final WebSockets webSockets;

    TournamentStream(ActorSystem<?> system, Tournaments tournaments, OriginCheck origins, WebSockets webSockets) {
        this.system = system;
        this.tournaments = tournaments;
        this.origins = origins;
        this.webSockets = webSockets;
    }

    Route route(String tournamentId) {
        return origins.allowedOrigin(() -> {
            ActorRef<Topic.Command<TournamentView>> topic =
                    Topics.get(system).topic(TournamentView.class, "tournament", tournamentId);
            Pair<ActorRef<TournamentView>, Source<TournamentView, NotUsed>> live = ActorSource.<TournamentView>actorRef(
                            v -> false, v -> Optional.empty(), BUFFER, OverflowStrategy.dropHead())
                    .preMaterialize(system);
            topic.tell(Topic.subscribe(live.first()));
            return onSuccess(tournaments.ask(tournamentId, TournamentEntity.GetView::new), reply -> {
                if (reply instanceof TournamentEntity.Rejected r) {
                    live.second().runWith(Sink.cancelled(), system);
                    return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
                }
                TournamentView first = ((TournamentEntity.View) reply).view();
                Source<Message, NotUsed> views = Source.single(first).concat(live.second())
                        .statefulMapConcat(() -> {
                            long[] lastSent = {-1};
                            return view -> {
                                if (view.seq() <= lastSent[0]) {
                                    return List.of();
                                }
                                lastSent[0] = view.seq();
                                return List.of(text(view));
                            };
                        });
                return webSockets.handle(Flow.fromSinkAndSourceCoupled(Sink.ignore(), views));
            });
        });
    }

    private static Message text(TournamentView view) {
        try {
            return TextMessage.create(Json.mapper().writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
