package dev.involution.arena.http.player;

import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemException;
import dev.involution.arena.http.VisibleText;

/**
 * A display name: trimmed of white space and blank fillers at both ends, 1 to 32 characters (code
 * points), and no control or format characters ({@link VisibleText}): a name of only zero-width
 * or blank characters is empty. Any other text is allowed; clients must render names as text.
 */
public final class PlayerName {

    public static final int MAX_LENGTH = 32;

    private PlayerName() {
    }

    /** The trimmed name; throws {@link ProblemException} (field {@code name}) naming the rule broken. */
    public static String validate(String raw) {
        return validate("name", raw);
    }

    /** The trimmed name of the request field {@code field}; throws {@link ProblemException} naming the rule broken. */
    public static String validate(String field, String raw) {
        if (raw == null) {
            throw invalid(field, "required", "is required");
        }
        String name = VisibleText.strip(raw);
        if (name.isEmpty() || VisibleText.isBlank(name)) {
            throw invalid(field, "min-length", "must contain at least 1 visible character");
        }
        if (VisibleText.hasForbidden(name)) {
            throw invalid(field, "control-characters",
                    "must not contain control or format characters (Unicode Cc, Cf, zero-width ones included)");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw invalid(field, "max-length", "must be at most " + MAX_LENGTH + " characters");
        }
        return name;
    }

    private static ProblemException invalid(String field, String rule, String detail) {
        return new ProblemException(Problem.invalidField(field, rule, detail));
    }
}
