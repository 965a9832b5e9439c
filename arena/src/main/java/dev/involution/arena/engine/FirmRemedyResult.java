package dev.involution.arena.engine;

import java.util.List;

/**
 * One firm's round under the article's remedies. Money in cents.
 *
 * @param modelServing    whether its model served this round (its own model trained with the compute
 *                        it held, its licensor's model trained, the public farm funded); if not, it
 *                        served at the basic quality
 * @param trainingUnits   compute units its own model took this round (not available to serve users)
 * @param licensePaid     license fees it paid (to the licensor or to the regulator for a public model)
 * @param licenseEarned   license fees other firms paid it for its general model
 * @param safety          what it spent on safety (at least the standard's minimum when one applies)
 * @param levy            the regulator's levy on its revenue
 * @param grant           the regulator's R&amp;D grant that went into its quality (never into its cash)
 * @param incident        whether it had an incident this round; {@code serious} if the whole market felt it
 * @param incidentUsers   users its incident sent to no service this round (0 without one)
 * @param trust           its trust after the round (multiplies its quality)
 * @param usersByUseCase  its users in each use case
 * @param qualityByUseCase its effective quality in each use case this round
 */
public record FirmRemedyResult(ModelKind model,
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

    public FirmRemedyResult {
        usersByUseCase = List.copyOf(usersByUseCase);
        qualityByUseCase = List.copyOf(qualityByUseCase);
    }

    /** What the remedies add to the round's net: license fees earned less fees paid, safety and the levy. */
    public long net() {
        return licenseEarned - licensePaid - safety - levy;
    }
}
