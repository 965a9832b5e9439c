package dev.involution.arena.http;

import java.util.Set;

/**
 * What text from clients may contain, for names and identifiers: no control or format characters
 * (Unicode categories Cc and Cf: NUL, escapes, zero-width spaces and joiners, bidirectional
 * overrides, the byte order mark), no line or paragraph separators, no lone surrogates; and it must
 * show something: text made only of white space and invisible fillers counts as empty.
 */
public final class VisibleText {

    /** Letters that render as nothing (Hangul fillers, the braille blank, the Mongolian vowel separator). */
    private static final Set<Integer> FILLERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E);

    private VisibleText() {
    }

    /** Whether the code point may not appear at all: Cc, Cf, Zl, Zp or a surrogate. */
    public static boolean isForbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether the text contains a forbidden code point ({@link #isForbidden}). */
    public static boolean hasForbidden(String text) {
        return text.codePoints().anyMatch(VisibleText::isForbidden);
    }

    /** The text without white space and fillers at either end (forbidden code points stay, to be refused). */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlankCharacter(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isBlankCharacter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Whether nothing of the text would show. */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(VisibleText::isInvisible);
    }

    /**
     * Checks an optional name of a request field (a match's, a tournament's): null passes; otherwise
     * it must show something and contain no forbidden code point, else {@link ProblemException}.
     */
    public static void requireVisible(String field, String value) {
        if (value == null) {
            return;
        }
        if (isBlank(value)) {
            throw new ProblemException(Problem.invalidField(field, "min-length", "must contain at least 1 visible character"));
        }
        if (hasForbidden(value)) {
            throw new ProblemException(Problem.invalidField(field, "control-characters",
                    "must not contain control or format characters (Unicode Cc, Cf)"));
        }
    }

    private static boolean isInvisible(int codePoint) {
        return isBlankCharacter(codePoint) || isForbidden(codePoint);
    }

    private static boolean isBlankCharacter(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || FILLERS.contains(codePoint);
    }
}
