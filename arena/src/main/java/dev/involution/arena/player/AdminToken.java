package dev.involution.arena.player;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin's bearer token: {@code ARENA_ADMIN_TOKEN} ({@code arena.admin-token}) when set,
 * otherwise the one saved in {@code <dataDir>/admin-token}, otherwise a new random one that is
 * saved there (readable by the owner only) and printed once to the log. Only its hash is kept in
 * memory.
 */
public final class AdminToken {

    public static final String FILE_NAME = "admin-token";
    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);
    private static final int MIN_CONFIGURED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = Sha256.digest(token);
    }

    public static AdminToken load(String configured, Path dataDir) throws IOException {
        if (!configured.isBlank()) {
            if (configured.strip().length() < MIN_CONFIGURED_LENGTH) {
                log.warn("ARENA_ADMIN_TOKEN is shorter than {} characters; choose a long random token",
                        MIN_CONFIGURED_LENGTH);
            }
            return new AdminToken(configured.strip());
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!saved.isEmpty()) {
                return new AdminToken(saved);
            }
        }
        return new AdminToken(generate(file));
    }

    /**
     * The key that signs player tickets ({@link PlayerTicket}): derived from the admin token, so
     * every node of a cluster with the same admin token accepts the same tickets, and choosing a
     * new admin token voids the tickets not yet used.
     */
    public byte[] ticketKey() {
        return Sha256.digest("involution-arena player tickets:" + java.util.HexFormat.of().formatHex(digest));
    }

    /** Whether {@code candidate} is the admin token, compared in constant time. */
    public boolean matches(String candidate) {
        return matchesDigest(Sha256.digest(candidate));
    }

    /** Whether a token whose SHA-256 is {@code candidateDigest} is the admin token, in constant time. */
    boolean matchesDigest(byte[] candidateDigest) {
        return MessageDigest.isEqual(digest, candidateDigest);
    }

    private static String generate(Path file) throws IOException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "admin." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        createOwnerOnly(file);
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        log.info("Generated the admin token (saved in {}; set ARENA_ADMIN_TOKEN to choose your own): {}",
                file, token);
        return token;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // an empty file left by an interrupted start: overwritten below
        }
    }
}
