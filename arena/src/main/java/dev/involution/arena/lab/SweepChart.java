package dev.involution.arena.lab;

import java.util.Locale;

/** A small line chart with a confidence band, as inline SVG: x the strictness, y a measure's mean. */
final class SweepChart {
    private static final int WIDTH = 360;
    private static final int HEIGHT = 200;
    private static final int PAD = 40;

    private SweepChart() {
    }

    static String svg(double[] x, ConfidenceInterval[] y) {
        double xMin = x[0];
        double xMax = x[x.length - 1] > xMin ? x[x.length - 1] : xMin + 1;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (ConfidenceInterval ci : y) {
            yMin = Math.min(yMin, finite(ci.low(), ci.mean()));
            yMax = Math.max(yMax, finite(ci.high(), ci.mean()));
        }
        yMin = Math.min(0, yMin);
        if (!(yMax > yMin)) {
            yMax = yMin + 1;
        }
        StringBuilder band = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            band.append(point(px(x[i], xMin, xMax), py(finite(y[i].high(), y[i].mean()), yMin, yMax))).append(' ');
            line.append(point(px(x[i], xMin, xMax), py(y[i].mean(), yMin, yMax))).append(' ');
        }
        for (int i = x.length - 1; i >= 0; i--) {
            band.append(point(px(x[i], xMin, xMax), py(finite(y[i].low(), y[i].mean()), yMin, yMax))).append(' ');
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"sweep-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\">")
                .append("<polygon points=\"").append(band.toString().trim()).append("\" fill=\"#4e79a7\" fill-opacity=\"0.2\"/>")
                .append("<polyline points=\"").append(line.toString().trim())
                .append("\" fill=\"none\" stroke=\"#4e79a7\" stroke-width=\"2\"/>")
                .append("<line x1=\"").append(PAD).append("\" y1=\"").append(HEIGHT - PAD).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(HEIGHT - PAD).append("\" stroke=\"#888\"/>")
                .append("<line x1=\"").append(PAD).append("\" y1=\"10\" x2=\"").append(PAD).append("\" y2=\"")
                .append(HEIGHT - PAD).append("\" stroke=\"#888\"/>");
        for (double v : x) {
            s.append(label(px(v, xMin, xMax), HEIGHT - PAD + 16, String.format(Locale.ROOT, "%.1f", v), "middle"));
        }
        s.append(label(PAD - 4, py(yMax, yMin, yMax) + 4, PolicyComparison.number(yMax), "end"))
                .append(label(PAD - 4, py(yMin, yMin, yMax) + 4, PolicyComparison.number(yMin), "end"))
                .append(label((WIDTH + PAD) / 2.0, HEIGHT - 4, "strictness", "middle"))
                .append("</svg>");
        return s.toString();
    }

    private static double finite(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    private static double px(double x, double min, double max) {
        return PAD + (WIDTH - PAD - 10) * (x - min) / (max - min);
    }

    private static double py(double y, double min, double max) {
        return HEIGHT - PAD - (HEIGHT - PAD - 10) * (y - min) / (max - min);
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    private static String label(double x, double y, String text, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"%s\">%s</text>",
                x, y, anchor, HtmlReport.esc(text));
    }
}
