package dev.involution.bots.api;

/**
 * One number that triggered an intervention: its name (e.g. {@code spiralIndex},
 * {@code averagePrice}, {@code revenue}, {@code share}), its value and its unit: {@code CENTS} (an
 * amount), {@code CENTS_PER_USER} (a price or bounty), {@code SHARE} (0 to 1), {@code RATIO},
 * {@code COUNT} or {@code ROUND}.
 */
public record InterventionFigure(String name, double value, String unit) {
}
