package dev.involution.arena.http.player;

import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.JsonBody;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.player.Player;
import dev.involution.arena.player.PlayerId;
import dev.involution.arena.player.PlayerToken;
import dev.involution.arena.player.Players;

import java.time.Instant;
import java.util.Optional;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathEnd;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static akka.http.javadsl.server.Directives.post;

/**
 * {@code POST /api/players} registers a player (201 with its id and token, shown only this once);
 * {@code GET /api/players/me} shows the caller's profile; {@code GET /api/players/{id}} any
 * player's profile, to the admin.
 */
public final class PlayerRoutes {

    public record RegisterPlayer(@JsonProperty(required = true) String name) {
    }

    public record Registration(String playerId, String token) {
    }

    public record PlayerView(String playerId, String name, Instant registeredAt) {
        static PlayerView of(Player.Profile profile) {
            return new PlayerView(profile.playerId(), profile.name(), profile.registeredAt());
        }
    }

    private final Players players;
    private final AuthDirectives auth;
    private final JsonBody jsonBody;

    public PlayerRoutes(Players players, AuthDirectives auth, JsonBody jsonBody) {
        this.players = players;
        this.auth = auth;
        this.jsonBody = jsonBody;
    }

    public Route route() {
        return pathPrefix("api", () -> pathPrefix("players", () -> concat(
                pathEnd(() -> post(() -> jsonBody.as(RegisterPlayer.class, this::register))),
                path("me", () -> get(() -> auth.authenticatePlayer(this::profile))),
                path(PathMatchers.segment(), playerId -> get(() -> auth.requireAdmin(() -> profile(playerId)))))));
    }

    private Route register(RegisterPlayer request) {
        String name = PlayerName.validate(request.name());
        String playerId = PlayerId.generate();
        PlayerToken token = PlayerToken.issue(playerId);
        return onSuccess(players.register(playerId, name, token.hash()), done ->
                complete(StatusCodes.CREATED, new Registration(playerId, token.value()), Json.marshaller()));
    }

    private Route profile(String playerId) {
        if (!PlayerId.isValid(playerId)) {
            return notFound(playerId);
        }
        return onSuccess(players.profile(playerId), (Optional<Player.Profile> profile) -> profile
                .<Route>map(found -> complete(StatusCodes.OK, PlayerView.of(found), Json.marshaller()))
                .orElseGet(() -> notFound(playerId)));
    }

    private static Route notFound(String playerId) {
        return ProblemResponses.complete(Problem.notFound("no player with id '" + playerId + "'"));
    }
}
