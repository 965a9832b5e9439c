package dev.involution.arena.engine;

import java.util.List;

/**
 * What models give and cost. A model multiplies a firm's quality in each use case: the basic model
 * by {@code basicQuality}, a general model by {@code generalQuality} everywhere, a specialized model
 * by {@code specializedQuality} in its use case (basic elsewhere). Training and maintaining a model
 * takes compute units held at settlement: {@code generalTrainingUnits} or
 * {@code specializedTrainingUnits} a round (bought in the order book; a model not trained that round
 * serves at the basic quality). A public farm trains its open specialized model with
 * {@code specializedTrainingUnits} a round at the farms' base cost, paid from the regulator's
 * budget, and licenses it for {@code publicLicenseFee} cents per served user.
 */
public record ModelRules(double basicQuality,
                         double generalQuality,
                         double specializedQuality,
                         long generalTrainingUnits,
                         long specializedTrainingUnits,
                         long publicLicenseFee) {

    public static ModelRules defaults() {
        return new ModelRules(1.0, 1.8, 2.4, 60, 15, 1);
    }

    List<ConfigProblem> validate() {
        return new ConfigCheck("remedies.models.")
                .range("basicQuality", basicQuality, 0.01, 100.0)
                .range("generalQuality", generalQuality, 0.01, 100.0)
                .range("specializedQuality", specializedQuality, 0.01, 100.0)
                .range("generalTrainingUnits", generalTrainingUnits, 0, 1_000_000)
                .range("specializedTrainingUnits", specializedTrainingUnits, 0, 1_000_000)
                .range("publicLicenseFee", publicLicenseFee, 0, Limits.MAX_POSTED_PRICE)
                .problems();
    }
}
