package dev.involution.arena.player;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration that is not stored: the token {@code <playerId>.<issued>.<name>.<mac>} carries the
 * player's id, the instant of registration (epoch seconds), the name (UTF-8, base64url) and an
 * HMAC-SHA256 of all three under the arena's ticket key. Anyone holding the token is that player;
 * nobody without the key can make one. The player is stored (its registration persisted with the
 * token's hash) when it first joins a match or a tournament; a ticket never used that way expires.
 */
public record PlayerTicket(String playerId, Instant issued, String name) {

    private static final Pattern SHAPE = Pattern.compile(
            "([0-9a-f-]{36})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{1,200})\\.([A-Za-z0-9_-]{43})");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A token for this registration, signed with {@code key}. */
    public String token(byte[] key) {
        String signed = playerId + "." + issued.getEpochSecond() + "."
                + ENCODER.encodeToString(name.getBytes(StandardCharsets.UTF_8));
        return signed + "." + ENCODER.encodeToString(mac(key, signed));
    }

    /** Whether the token has a ticket's shape (a stored player's token has not). */
    static boolean hasShape(String token) {
        return SHAPE.matcher(token).matches();
    }

    /** The registration a token carries, if its signature under {@code key} is right. */
    public static Optional<PlayerTicket> verify(String token, byte[] key) {
        Matcher parts = SHAPE.matcher(token);
        if (!parts.matches() || !PlayerId.isValid(parts.group(1))) {
            return Optional.empty();
        }
        String signed = token.substring(0, token.lastIndexOf('.'));
        byte[] presented;
        String name;
        try {
            presented = Base64.getUrlDecoder().decode(parts.group(4));
            name = new String(Base64.getUrlDecoder().decode(parts.group(3)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(presented, mac(key, signed))) {
            return Optional.empty();
        }
        return Optional.of(new PlayerTicket(parts.group(1), Instant.ofEpochSecond(Long.parseLong(parts.group(2))), name));
    }

    private static byte[] mac(byte[] key, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "PlayerTicket[" + playerId + ", " + issued + "]";
    }
}
