package dev.involution.bots.api;

import java.util.List;

/**
 * The rules of a match with the article's remedies, as a player needs them to plan: the use cases
 * (by index), the compute units a general and a specialized model take to train each round, the
 * public models' license fee (cents per served user) and the competitive price level (cents per user)
 * the regulator compares a consortium's prices with.
 */
public record RemedyRules(List<String> useCases,
                          long generalTrainingUnits,
                          long specializedTrainingUnits,
                          long publicLicenseFee,
                          double competitivePrice) {
}
