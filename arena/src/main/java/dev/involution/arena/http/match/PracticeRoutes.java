package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static akka.http.javadsl.server.Directives.post;

import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Location;
import akka.http.javadsl.server.Route;
import dev.involution.arena.ArenaContext;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.player.PlayerName;
import dev.involution.arena.match.PracticeMatches;
import dev.involution.arena.player.Authenticator;
import dev.involution.arena.player.Player;
import dev.involution.bots.api.JoinRequest;
import dev.involution.bots.api.SeatJoined;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /api/practice}: a player's own practice match against house bots, at a person's
 * pace: 201 with the new match and the player's seat, or 200 with the practice match the player is
 * already playing; 503 when too many are being played at once.
 */
public final class PracticeRoutes {
    private static final JoinRequest NO_NAME = new JoinRequest(null);

    private final ArenaContext context;
    private final PracticeMatches practice;

    public PracticeRoutes(ArenaContext context, PracticeMatches practice) {
        this.context = context;
        this.practice = practice;
    }

    public Route route() {
        return pathPrefix("api", () -> path("practice", () -> post(() -> context.auth().authenticatedPlayer(
                player -> context.jsonBody().asOrElse(JoinRequest.class, NO_NAME,
                        body -> practice(player, body.name()))))));
    }

    /** Seats the player in its practice match; one known only by its ticket is stored once seated. */
    private Route practice(Authenticator.Identity player, String requestedName) {
        String playerId = player.playerId();
        CompletionStage<String> name = requestedName != null
                ? CompletableFuture.completedFuture(PlayerName.validate(requestedName))
                : player.registration().isPresent()
                        ? CompletableFuture.completedFuture(player.registration().get().ticket().name())
                        : context.players().profile(playerId).thenApply(p -> p.map(Player.Profile::name).orElse(playerId));
        return onSuccess(name.thenCompose(n -> practice.practice(playerId, n))
                .thenCompose(outcome -> outcome instanceof PracticeMatches.Seated
                        ? context.auth().keep(player).thenApply(kept -> outcome)
                        : CompletableFuture.completedFuture(outcome)), outcome -> {
            if (outcome instanceof PracticeMatches.Seated seated) {
                SeatJoined body = new SeatJoined(seated.matchId(), seated.firmId());
                return seated.created()
                        ? complete(StatusCodes.CREATED, List.of(Location.create("/api/matches/" + seated.matchId())),
                                body, Json.marshaller())
                        : complete(StatusCodes.OK, body, Json.marshaller());
            }
            PracticeMatches.Full full = (PracticeMatches.Full) outcome;
            return ProblemResponses.complete(Problem.unavailable(full.playing()
                    + " practice matches are being played, the most this arena runs at once; try again in a few "
                    + "minutes, or join a class match"));
        });
    }
}
