package dev.involution.arena.http.match;

import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;
import dev.involution.arena.http.VisibleText;

/**
 * The text of a broadcast message: trimmed, 1 to {@value #MAX_LENGTH} characters (code points), line
 * breaks allowed but no other control or format characters ({@link VisibleText}). Clients must
 * render it as text.
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
            throw invalid("control-characters", "must not contain control or format characters other than line breaks");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw invalid("max-length", "must be at most " + MAX_LENGTH + " characters");
        }
        return text;
    }

    private static boolean isForbidden(int codePoint) {
        return codePoint != '\n' && VisibleText.isForbidden(codePoint);
    }

    private static ProblemException invalid(String rule, String detail) {
        return new ProblemException(Problem.invalidField("text", rule, detail));
    }
}
