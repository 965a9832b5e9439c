package dev.involution.arena.http.player;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathEnd;
import static akka.http.javadsl.server.Directives.pathPrefix;

import akka.NotUsed;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.model.ws.TextMessage;
import akka.http.javadsl.server.Route;
import akka.stream.javadsl.Flow;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.involution.arena.ArenaContext;
import dev.involution.arena.http.Json;
import dev.involution.arena.ladder.Ladder;
import dev.involution.arena.ladder.LadderEntity;
import dev.involution.arena.tournament.Tournaments;
import dev.involution.bots.api.NextMatch;
import dev.involution.bots.api.PlayerMatches;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A player's "next match" feed: {@code GET /api/players/me/matches} answers every match the player
 * is seated in or drawn for that has not finished, in tournaments and on the ladder, the soonest
 * first; {@code GET /api/players/me/matches/stream} (WebSocket, with the player's bearer token) sends
 * the same list on connect and again whenever it changes (looked at every {@value #STREAM_EVERY_MILLIS} ms).
 */
public final class NextMatchRoutes {
    static final long STREAM_EVERY_MILLIS = 500;
    private final ArenaContext context;
    private final Ladder ladder;
    private final Tournaments tournaments;
    private final Clock clock = Clock.systemUTC();

    public NextMatchRoutes(ArenaContext context, Ladder ladder, Tournaments tournaments) {
        this.context = context;
        this.ladder = ladder;
        this.tournaments = tournaments;
    }

    public Route route() {
        return pathPrefix("api", () -> pathPrefix("players", () -> pathPrefix("me", () -> pathPrefix("matches",
                () -> concat(
                        pathEnd(() -> get(() -> context.auth().authenticatePlayer(playerId ->
                                onSuccess(matches(playerId), m -> complete(StatusCodes.OK, m, Json.marshaller()))))),
                        path("stream", () -> get(() -> context.origins().allowedOrigin(() ->
                                context.auth().authenticatePlayer(this::stream)))))))));
    }

    /** The player's matches in every tournament and on the ladder, running first, then by start time. */
    CompletionStage<PlayerMatches> matches(String playerId) {
        CompletionStage<List<NextMatch>> fromLadder = ladder.ask(
                        replyTo -> new LadderEntity.GetPlayerMatches(playerId, replyTo))
                .thenApply(reply -> reply instanceof LadderEntity.PlayerMatchList l ? l.matches() : List.<NextMatch>of());
        return tournaments.playerMatches(playerId).thenCombine(fromLadder, (t, l) -> {
            List<NextMatch> all = new ArrayList<>(t);
            all.addAll(l);
            all.sort(Comparator.comparingInt(NextMatchRoutes::order).thenComparingLong(NextMatch::startAt)
                    .thenComparing(m -> m.matchId() == null ? "" : m.matchId()));
            return new PlayerMatches(playerId, clock.millis(), all.isEmpty() ? null : all.get(0), List.copyOf(all));
        });
    }

    /** Running matches first, then those about to start, then those only drawn. */
    private static int order(NextMatch m) {
        return switch (m.status()) {
            case "RUNNING" -> 0;
            case "OPEN" -> 1;
            default -> 2;
        };
    }

    private Route stream(String playerId) {
        Source<Message, NotUsed> updates = Source.tick(Duration.ZERO, Duration.ofMillis(STREAM_EVERY_MILLIS), "look")
                .mapAsync(1, tick -> matches(playerId).thenApply(m -> m.matches())
                        .exceptionally(failure -> null))
                .filter(list -> list != null)
                .statefulMapConcat(() -> {
                    List<List<NextMatch>> last = new ArrayList<>(List.of(List.of()));
                    boolean[] sent = {false};
                    return list -> {
                        if (sent[0] && list.equals(last.get(0))) {
                            return List.of();
                        }
                        sent[0] = true;
                        last.set(0, list);
                        return List.of(text(new PlayerMatches(playerId, clock.millis(),
                                list.isEmpty() ? null : list.get(0), list)));
                    };
                })
                .mapMaterializedValue(c -> NotUsed.getInstance());
        return context.webSockets().handle(Flow.fromSinkAndSourceCoupled(Sink.ignore(), updates));
    }

    private static Message text(PlayerMatches matches) {
        try {
            return TextMessage.create(Json.mapper().writeValueAsString(matches));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
