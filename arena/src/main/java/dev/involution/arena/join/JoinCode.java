package dev.involution.arena.join;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A class's join code: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 887 million codes (31^6), so a guess hits one of a class's few live codes about once in a hundred
 * million tries (and lookups are rate-limited). People may type it in lower case, with spaces or
 * a dash ("k7p-m2q"); {@link #parse} reads all of those.
 */
public final class JoinCode {
    /** The characters a code is made of: 31 of them. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    private JoinCode() {
    }

    /** A fresh random code. */
    public static String random(SecureRandom random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The code as typed, in its canonical form (upper case, no separators); empty if it cannot be a code. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            code.append(c);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
