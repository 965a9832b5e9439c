package dev.involution.arena.player;

import java.util.UUID;
import java.util.regex.Pattern;

/** Player ids are random UUIDs in their canonical lower-case form. */
public final class PlayerId {

    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private PlayerId() {
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }

    public static boolean isValid(String playerId) {
        return playerId != null && FORMAT.matcher(playerId).matches();
    }
}
