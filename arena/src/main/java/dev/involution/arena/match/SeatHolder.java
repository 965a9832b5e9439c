package dev.involution.arena.match;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Who holds a firm's seat. House bots have no player id; {@code strategy} names their built-in
 * strategy and is null for players.
 */
public record SeatHolder(int firmId, String playerId, String name, SeatKind kind, String strategy) {

    /**
     * Whether {@code other} would read as this holder's name: the same after compatibility
     * normalization (NFKC), ignoring case and white space, so that no one can pass for another
     * firm of the match.
     */
    public boolean sameNameAs(String other) {
        return other != null && name != null && readAs(name).equals(readAs(other));
    }

    private static String readAs(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
