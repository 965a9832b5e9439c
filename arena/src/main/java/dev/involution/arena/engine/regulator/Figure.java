package dev.involution.arena.engine.regulator;

/**
 * One number that triggered an intervention, named and with its unit, so that a reader can format
 * it in its own way (the reason text quotes the same numbers in cents). Names used by the policies:
 * {@code spiralIndex}, {@code round}, {@code averagePriceBefore}, {@code averagePrice},
 * {@code subsidyIntensity}, {@code revenue}, {@code computeCost}, {@code shortfall},
 * {@code computeCostPerUser}, {@code bounty}, {@code topBounty}, {@code lowestPrice}, {@code share},
 * {@code shareCap}, {@code dominantShare}, {@code smallShare}, {@code hhi}; the consortium watch's
 * {@code coordinationSignal}, {@code threshold}, {@code competitivePrice}, {@code members},
 * {@code price}; and the remedies' standing rules' own terms: {@code useCases},
 * {@code publicLicenseFee}, {@code basicResearch}, {@code standardThreshold}, {@code safetyStandard},
 * {@code levy}, {@code giveawayCap}, {@code priceFloor}, {@code grant}, {@code grantsBudget},
 * {@code firms}.
 */
public record Figure(String name, double value, Unit unit) {

    /** What a figure's value counts. */
    public enum Unit {
        /** An amount of money in cents. */
        CENTS,
        /** A price in cents per user (or per new user, for a bounty). */
        CENTS_PER_USER,
        /** A fraction of users, 0 to 1. */
        SHARE,
        /** A plain ratio (subsidy intensity). */
        RATIO,
        /** A whole number (spiral index, HHI). */
        COUNT,
        /** A round number. */
        ROUND
    }

    public static Figure cents(String name, long value) {
        return new Figure(name, value, Unit.CENTS);
    }

    public static Figure perUser(String name, double value) {
        return new Figure(name, value, Unit.CENTS_PER_USER);
    }

    public static Figure share(String name, double value) {
        return new Figure(name, value, Unit.SHARE);
    }

    public static Figure ratio(String name, double value) {
        return new Figure(name, value, Unit.RATIO);
    }

    public static Figure count(String name, long value) {
        return new Figure(name, value, Unit.COUNT);
    }

    public static Figure round(String name, int value) {
        return new Figure(name, value, Unit.ROUND);
    }
}
