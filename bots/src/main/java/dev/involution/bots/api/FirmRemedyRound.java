package dev.involution.bots.api;

import java.util.List;

/**
 * One firm's round under the article's remedies (money in cents): its model and focus use case, the
 * firm it licenses from (-1: none), the fee it asks for its own general model, consortium membership,
 * whether its model served (else it served at the basic quality), the compute its training took,
 * license fees paid and earned, safety spend, the levy on its revenue, the R&amp;D grant that went
 * into its quality, whether it had an incident (and whether a serious one) and the users it lost to it, its trust, and its users
 * and effective quality per use case.
 */
public record FirmRemedyRound(String model,
                              int focus,
                              int licensor,
                              long licenseFee,
                              boolean consortium,
                              boolean modelServing,
                              long trainingUnits,
                              long licensePaid,
                              long licenseEarned,
                              long safety,
                              long levy,
                              long grant,
                              boolean incident,
                              boolean serious,
                              long incidentUsers,
                              double trust,
                              List<Long> usersByUseCase,
                              List<Double> qualityByUseCase) {
}
