package dev.involution.arena.http.player;

import akka.Done;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.headers.HttpChallenge;
import akka.http.javadsl.model.headers.WWWAuthenticate;
import akka.http.javadsl.server.Route;
import dev.involution.arena.http.BearerToken;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.player.Authenticator;
import dev.involution.arena.player.Players;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import static akka.http.javadsl.server.Directives.onSuccess;

/**
 * Authentication for routes, from the {@code Authorization: Bearer <token>} header only.
 * A missing, unknown or expired token is answered 401 (with {@code WWW-Authenticate: Bearer}); a
 * valid token of the wrong kind 403.
 *
 * <pre>{@code
 * auth.authenticatePlayer(playerId -> ...)   // a player acting for itself
 * auth.authenticatedPlayer(identity -> ...)  // ... with its ticket, to keep() it once it plays
 * auth.requireAdmin(() -> ...)               // admin only
 * }</pre>
 */
public final class AuthDirectives {

    private static final List<HttpHeader> CHALLENGE =
            List.of(WWWAuthenticate.create(HttpChallenge.create("Bearer", "involution-arena")));

    private final Authenticator authenticator;
    private final Players players;

    public AuthDirectives(Authenticator authenticator, Players players) {
        this.authenticator = authenticator;
        this.players = players;
    }

    /** The inner route with the id of the player whose token this is. */
    public Route authenticatePlayer(Function<String, Route> inner) {
        return authenticatedPlayer(identity -> inner.apply(identity.playerId()));
    }

    /** The inner route with the player's identity (and its ticket while it is not stored). */
    public Route authenticatedPlayer(Function<Authenticator.Identity, Route> inner) {
        return identified(identity -> switch (identity.role()) {
            case PLAYER -> inner.apply(identity);
            case ADMIN -> ProblemResponses.complete(Problem.forbidden(
                    "this operation needs a player's token; the admin token does not identify a player"));
            case NONE -> unauthorized("the bearer token is not valid");
            case EXPIRED -> expired();
        });
    }

    /**
     * Stores a player known only by its ticket (its registration persisted), so that it no longer
     * expires: called once it has taken a seat or entered a tournament, before that is answered.
     * Completes at once for a stored player.
     */
    public CompletionStage<Done> keep(Authenticator.Identity identity) {
        return identity.registration()
                .map(unstored -> players.register(identity.playerId(), unstored.ticket().name(),
                        unstored.tokenHash(), unstored.ticket().issued()))
                .orElseGet(() -> CompletableFuture.completedFuture(Done.getInstance()));
    }

    /** The inner route if the admin token was presented. */
    public Route requireAdmin(Supplier<Route> inner) {
        return identified(identity -> switch (identity.role()) {
            case ADMIN -> inner.get();
            case PLAYER -> ProblemResponses.complete(Problem.forbidden("this operation needs the admin token"));
            case NONE -> unauthorized("the bearer token is not valid");
            case EXPIRED -> expired();
        });
    }

    /**
     * Whose a token is, for a client that presents it other than in a header (a stream client's
     * {@code hello} message); the same rules as for the header.
     */
    public CompletionStage<Authenticator.Identity> identify(String token) {
        return authenticator.identify(token);
    }

    private Route identified(Function<Authenticator.Identity, Route> inner) {
        return BearerToken.optional(token -> token
                .<Route>map(value -> onSuccess(authenticator.identify(value), inner))
                .orElseGet(() -> unauthorized("an 'Authorization: Bearer <token>' header is required")));
    }

    private Route expired() {
        return unauthorized("this registration has expired: a player who joins no match or tournament within "
                + authenticator.ticketLifetime().toHours() + " h of registering must register again");
    }

    private static Route unauthorized(String detail) {
        return ProblemResponses.complete(Problem.unauthorized(detail), CHALLENGE);
    }
}
