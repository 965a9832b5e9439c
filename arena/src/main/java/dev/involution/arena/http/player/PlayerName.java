package dev.involution.arena.http.player;

import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;

/**
 * A display name: trimmed, 1 to 32 characters (code points), no control characters, line or
 * paragraph separators, bidirectional overrides or lone surrogates. Any other text is allowed;
 * clients must render names as text.
 */
public final class PlayerName {

    public static final int MAX_LENGTH = 32;

    private PlayerName() {
    }

    /** The trimmed name; throws {@link ProblemException} (field {@code name}) naming the rule broken. */
    public static String validate(String raw) {
        if (raw == null) {
            throw invalid("required", "is required");
        }
        String name = raw.strip();
        if (name.isEmpty()) {
            throw invalid("min-length", "must contain at least 1 character besides white space");
        }
        if (name.codePoints().anyMatch(PlayerName::isForbidden)) {
            throw invalid("control-characters", "must not contain control characters");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw invalid("max-length", "must be at most " + MAX_LENGTH + " characters");
        }
        return name;
    }

    private static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static ProblemException invalid(String rule, String detail) {
        return new ProblemException(Problem.invalidField("name", rule, detail));
    }
}
