package dev.involution.arena.lab;

/** Small, fast, locale-free CSV formatting helpers (RFC 4180 quoting, fixed-decimal numbers). */
final class Csv {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Csv() {
    }

    /** A field, quoted if it holds a comma, quote or line break. */
    static StringBuilder text(StringBuilder sb, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return sb.append(value);
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        return sb.append('"');
    }

    /**
     * {@code value} rounded half away from zero to {@code decimals} (0 to 8) places, trailing zeros
     * kept ("0.250000"); NaN, infinities and values too large for exact fixed decimals (|value| x
     * 10^decimals from 2^53 up) as Java prints them.
     */
    static StringBuilder fixed(StringBuilder sb, double value, int decimals) {
        if (decimals < 0 || decimals >= POWERS.length) {
            throw new IllegalArgumentException("decimals must be 0 to " + (POWERS.length - 1));
        }
        long scale = POWERS[decimals];
        double magnitude = Math.abs(value) * scale;
        if (Double.isNaN(value) || !(magnitude < 0x1p53)) {
            return sb.append(value);
        }
        long scaled = Math.round(magnitude);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            String frac = Long.toString(scaled % scale);
            for (int i = frac.length(); i < decimals; i++) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }
}
