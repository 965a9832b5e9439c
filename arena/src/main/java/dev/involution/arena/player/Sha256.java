package dev.involution.arena.player;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of secrets, so that only hashes are stored and compared. Each thread keeps its own
 * {@link MessageDigest} (looking one up costs more than hashing a token) and the digest of the last
 * token it hashed ({@link #ofToken}).
 */
final class Sha256 {

    /** A token's digest and its hex, the key of {@link VerifiedTokens}. */
    record TokenDigest(byte[] bytes, String hex) {
    }

    /** The last token hashed on a thread, held weakly: this memo never keeps a secret alive. */
    private record LastToken(WeakReference<String> token, TokenDigest digest) {
    }

    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::newDigest);
    private static final ThreadLocal<LastToken> LAST_TOKEN = new ThreadLocal<>();

    private Sha256() {
    }

    static byte[] digest(String text) {
        return DIGESTS.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /**
     * The digest of a presented token, hashed once however many times one request asks on this
     * thread (the rate limit, then the route's authentication, get the same {@code String} from the
     * same header). Recognized by identity, never by content, so the comparison tells nothing about
     * a token; the token is held weakly, so once its request is done it can be collected. The
     * digest's bytes are shared, callers must not change them.
     */
    static TokenDigest ofToken(String token) {
        LastToken last = LAST_TOKEN.get();
        if (last != null && last.token().get() == token) {
            return last.digest();
        }
        byte[] bytes = digest(token);
        TokenDigest digest = new TokenDigest(bytes, HexFormat.of().formatHex(bytes));
        LAST_TOKEN.set(new LastToken(new WeakReference<>(token), digest));
        return digest;
    }

    /** Compares in time independent of where the two differ. */
    static boolean equalHex(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
