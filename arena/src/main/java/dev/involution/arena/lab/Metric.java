package dev.involution.arena.lab;

import java.util.function.ToDoubleFunction;

/** The market-health numbers the lab compares across policies, one value per match. */
public enum Metric {
    CONSUMER_WELFARE("consumerWelfare", "consumer_welfare", "Consumer welfare",
            "mean over the rounds of the logit consumer welfare, cents per round", true, MatchOutcome::consumerWelfare),
    FINAL_HHI("finalHhi", "final_hhi", "Concentration (HHI)",
            "Herfindahl-Hirschman index of user shares after the last round, 0 to 10,000", false, MatchOutcome::finalHhi),
    GIVEAWAY_SPEND("giveawaySpend", "giveaway_spend", "Giveaway spend",
            "giveaways paid over the whole match by all firms, cents", false, MatchOutcome::giveawaySpend),
    INVOLUTION_INDEX("involutionIndex", "involution_index", "Involution index",
            "cents burned on giveaways and below-cost selling per cent of consumer-welfare gain, after the last round",
            false, MatchOutcome::involutionIndex),
    BANKRUPTCIES("bankruptcies", "bankruptcies", "Bankruptcies",
            "firms bankrupt by the end of the match", false, MatchOutcome::bankruptcies),
    AVERAGE_QUALITY("averageQuality", "average_quality", "Average quality",
            "mean quality of the active firms after the last round", true, MatchOutcome::averageQuality);

    private final String key;
    private final String column;
    private final String label;
    private final String definition;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<MatchOutcome> value;

    Metric(String key, String column, String label, String definition, boolean higherIsBetter,
           ToDoubleFunction<MatchOutcome> value) {
        this.key = key;
        this.column = column;
        this.label = label;
        this.definition = definition;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    /** The key of this metric in the report's data. */
    public String key() {
        return key;
    }

    /** The column of this metric in the summary CSV. */
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public double of(MatchOutcome outcome) {
        return value.applyAsDouble(outcome);
    }
}
