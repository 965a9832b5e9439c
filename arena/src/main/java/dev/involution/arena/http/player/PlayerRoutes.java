package dev.involution.arena.http.player;

import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.JsonBody;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.RateLimit;
import dev.involution.arena.player.Player;
import dev.involution.arena.player.PlayerId;
import dev.involution.arena.player.Authenticator;
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
 * {@code POST /api/players} registers a player (201 with its id and token, shown only this once),
 * at most as often per client address as the registration limit allows (else 429). Nothing is
 * stored until the player joins a match or tournament: the token is a signed ticket that expires
 * unused ({@link dev.involution.arena.player.PlayerTicket}). {@code GET /api/players/me} shows the
 * caller's profile; {@code GET /api/players/{id}} a stored player's profile, to the admin.
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
    private final Authenticator authenticator;
    private final AuthDirectives auth;
    private final JsonBody jsonBody;
    private final RateLimit registrations;

    public PlayerRoutes(Players players, Authenticator authenticator, AuthDirectives auth, JsonBody jsonBody,
                        RateLimit registrations) {
        this.players = players;
        this.authenticator = authenticator;
        this.auth = auth;
        this.jsonBody = jsonBody;
        this.registrations = registrations;
    }

    public Route route() {
        return pathPrefix("api", () -> pathPrefix("players", () -> concat(
                pathEnd(() -> post(() -> registrations.limit(() -> jsonBody.as(RegisterPlayer.class, this::register)))),
                path("me", () -> get(() -> auth.authenticatedPlayer(this::profile))),
                path(PathMatchers.segment(), playerId -> get(() -> auth.requireAdmin(() -> profile(playerId)))))));
    }

    private Route register(RegisterPlayer request) {
        String name = PlayerName.validate(request.name());
        String playerId = PlayerId.generate();
        return complete(StatusCodes.CREATED, new Registration(playerId, authenticator.issue(playerId, name)),
                Json.marshaller());
    }

    /** The caller's profile: from its ticket while it is not stored. */
    private Route profile(Authenticator.Identity identity) {
        return identity.registration()
                .<Route>map(unstored -> complete(StatusCodes.OK, new PlayerView(identity.playerId(), unstored.ticket().name(),
                        unstored.ticket().issued()), Json.marshaller()))
                .orElseGet(() -> profile(identity.playerId()));
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
