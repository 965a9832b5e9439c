package dev.involution.arena.engine.rating;

/**
 * A skill estimate: the mean {@code mu} of a player's skill and its uncertainty {@code sigma}
 * (a standard deviation). New players start at {@link #initial()}.
 */
public record SkillRating(double mu, double sigma) {
    /** The model's default initial mean. */
    public static final double INITIAL_MU = 25.0;
    /** The model's default initial uncertainty, {@code mu / 3}. */
    public static final double INITIAL_SIGMA = INITIAL_MU / 3.0;

    private static final SkillRating INITIAL = new SkillRating(INITIAL_MU, INITIAL_SIGMA);

    public SkillRating {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("mu must be finite: " + mu);
        }
        if (!Double.isFinite(sigma) || sigma <= 0) {
            throw new IllegalArgumentException("sigma must be finite and positive: " + sigma);
        }
    }

    /** The rating of a player who has not played yet: mu 25, sigma 25/3. */
    public static SkillRating initial() {
        return INITIAL;
    }

    /** A conservative skill estimate, {@code mu - 3 * sigma}: what leaderboards rank by. */
    public double ordinal() {
        return mu - 3.0 * sigma;
    }
}
