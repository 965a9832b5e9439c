package dev.involution.arena.player;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Tells whose a bearer token is: the admin's (compared in constant time with the admin token's
 * hash), a player's (its SHA-256 compared in constant time with the hash the player entity keeps;
 * verified tokens are remembered by hash) or nobody's.
 */
public final class Authenticator {

    public enum Role { ADMIN, PLAYER, NONE }

    /** Who presented a token; {@code playerId} is set for {@link Role#PLAYER} only. */
    public record Identity(Role role, String playerId) {
        public static final Identity ADMIN = new Identity(Role.ADMIN, null);
        public static final Identity NONE = new Identity(Role.NONE, null);

        public static Identity player(String playerId) {
            return new Identity(Role.PLAYER, playerId);
        }
    }

    private final AdminToken admin;
    private final Players players;
    private final VerifiedTokens verified;

    public Authenticator(AdminToken admin, Players players, int cacheSize) {
        this.admin = admin;
        this.players = players;
        this.verified = new VerifiedTokens(cacheSize);
    }

    public CompletionStage<Identity> identify(String token) {
        if (admin.matches(token)) {
            return CompletableFuture.completedFuture(Identity.ADMIN);
        }
        Optional<PlayerToken> parsed = PlayerToken.parse(token);
        if (parsed.isEmpty()) {
            return CompletableFuture.completedFuture(Identity.NONE);
        }
        String playerId = parsed.get().playerId();
        String hash = parsed.get().hash();
        if (verified.playerOf(hash).isPresent()) {
            return CompletableFuture.completedFuture(Identity.player(playerId));
        }
        return players.tokenMatches(playerId, hash).thenApply(matches -> {
            if (!matches) {
                return Identity.NONE;
            }
            verified.remember(hash, playerId);
            return Identity.player(playerId);
        });
    }

    /**
     * The client a token is already known to belong to, without asking any entity:
     * {@code admin}, {@code player:<id>} for a recently verified token, else empty.
     */
    public Optional<String> knownClient(String token) {
        if (admin.matches(token)) {
            return Optional.of("admin");
        }
        return PlayerToken.parse(token)
                .flatMap(parsed -> verified.playerOf(parsed.hash()))
                .map(playerId -> "player:" + playerId);
    }
}
