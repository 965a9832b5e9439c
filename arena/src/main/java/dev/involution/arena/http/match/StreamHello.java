package dev.involution.arena.http.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.player.AuthDirectives;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.Matches;
import dev.involution.arena.player.Authenticator;
import dev.involution.arena.player.Player;
import dev.involution.arena.player.Players;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A stream client may say who it is: {@code {"type":"hello","token":"<player token>"}} as its first
 * message. A valid player token puts the player's name (its firm's name when it holds a seat) in the
 * match's {@link MatchPresence}; anything else leaves the connection anonymous. Nothing is answered,
 * so a wrong token tells the client nothing. The token travels in the message, never in the URL.
 */
final class StreamHello {

    private final AuthDirectives auth;
    private final Players players;
    private final Matches matches;
    private final MatchPresence presence;

    StreamHello(AuthDirectives auth, Players players, Matches matches, MatchPresence presence) {
        this.auth = auth;
        this.players = players;
        this.matches = matches;
        this.presence = presence;
    }

    /** Handles a client's first message; completes (normally) when the connection is identified or not. */
    CompletionStage<Boolean> receive(String matchId, long connectionId, String message) {
        String token = token(message);
        if (token == null) {
            return CompletableFuture.completedFuture(false);
        }
        return auth.identify(token)
                .thenCompose(identity -> identity.role() == Authenticator.Role.PLAYER
                        ? viewer(matchId, identity).thenApply(viewer -> {
                            presence.identified(connectionId, viewer);
                            return true;
                        })
                        : CompletableFuture.completedFuture(false))
                .exceptionally(failure -> false);
    }

    private CompletionStage<MatchPresence.Viewer> viewer(String matchId, Authenticator.Identity identity) {
        String playerId = identity.playerId();
        return matches.ask(matchId, replyTo -> new MatchEntity.GetMyFirm(playerId, replyTo)).thenCompose(reply -> {
            if (reply instanceof MatchEntity.Mine mine) {
                return CompletableFuture.completedFuture(
                        new MatchPresence.Viewer(playerId, mine.firm().firm().name(), mine.firm().firm().firmId()));
            }
            if (identity.registration().isPresent()) {
                return CompletableFuture.completedFuture(
                        new MatchPresence.Viewer(playerId, identity.registration().get().ticket().name(), null));
            }
            return players.profile(playerId).thenApply(profile -> new MatchPresence.Viewer(playerId,
                    profile.map(Player.Profile::name).orElse(playerId), null));
        });
    }

    /** The token of a hello message, or null when the message is not one. */
    static String token(String message) {
        try {
            JsonNode node = Json.mapper().readTree(message);
            JsonNode type = node == null ? null : node.get("type");
            JsonNode token = node == null ? null : node.get("token");
            if (type != null && "hello".equals(type.asText()) && token != null && token.isTextual()) {
                return token.asText();
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return null;
    }
}
