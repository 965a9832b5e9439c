package dev.involution.arena.http.match;

import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;

/**
 * The text of a broadcast message: trimmed, 1 to {@value #MAX_LENGTH} characters (code points), line
 * breaks allowed but no other control characters, bidirectional overrides or lone surrogates.
 * Clients must render it as text.
 */
final class MessageText {
    static final int MAX_LENGTH = 500;

    private MessageText() {
    }

    /** The trimmed text; throws {@link ProblemException} (field {@code text}) naming the rule broken. */
    static String validate(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw invalid("min-length", "must contain at least 1 character besides white space");
        }
        if (text.codePoints().anyMatch(MessageText::isForbidden)) {
            throw invalid("control-characters", "must not contain control characters other than line breaks");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw invalid("max-length", "must be at most " + MAX_LENGTH + " characters");
        }
        return text;
    }

    private static boolean isForbidden(int codePoint) {
        if (codePoint == '\n') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static ProblemException invalid(String rule, String detail) {
        return new ProblemException(Problem.invalidField("text", rule, detail));
    }
}
