package dev.involution.arena.http;

import java.util.Locale;

/**
 * CSV fields for the exports people open in spreadsheets: text quoted when needed and never read
 * as a formula, decimals without trailing zeros, fields joined into a line.
 */
public final class Csv {
    private Csv() {
    }

    /** A text field: quoted when needed; a leading {@code = + - @} is neutralised so it is never a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.startsWith(" ") || safe.endsWith(" ");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Fields already made safe ({@link #text}) or numbers, joined by commas. */
    public static String line(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(fields[i]);
        }
        return line.toString();
    }
}
