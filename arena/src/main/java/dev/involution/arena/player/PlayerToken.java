package dev.involution.arena.player;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A player's bearer token: {@code <playerId>.<secret>} (the secret 256 bits from
 * {@link SecureRandom} in base64url), or a {@link PlayerTicket} (what registration gives now).
 * The id tells the server whose token it is; for a stored player the server keeps only
 * {@link #hash()}.
 */
public record PlayerToken(String playerId, String value) {

    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PlayerToken issue(String playerId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new PlayerToken(playerId,
                playerId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token if it has the shape of a player token, else empty. */
    public static Optional<PlayerToken> parse(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String playerId = token.substring(0, dot);
        if (!PlayerId.isValid(playerId)
                || !(SECRET.matcher(token.substring(dot + 1)).matches() || PlayerTicket.hasShape(token))) {
            return Optional.empty();
        }
        return Optional.of(new PlayerToken(playerId, token));
    }

    /** Hex SHA-256 of the whole token: what the player entity stores. */
    public String hash() {
        return Sha256.hex(value);
    }

    @Override
    public String toString() {
        return "PlayerToken[" + playerId + ".***]";
    }
}
