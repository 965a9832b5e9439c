package dev.involution.arena.engine;

import java.util.List;

/**
 * Incidents and the safety standard. Each round a firm with users has an incident with chance
 * {@code min(0.9, incidentRate x users/100,000 x exp(-safety per user / safetyScale))}. An incident
 * sends {@code userLoss} of its users to no service and takes {@code trustLoss} off its trust (which
 * multiplies its quality and grows back by {@code trustRecovery} a round); a firm with at least
 * {@code seriousShare} of the market has a serious incident, which makes no service
 * {@code adoptionShock} more attractive to every user for {@code shockRounds} rounds. Under a safety
 * standard a firm with more than {@code standardThreshold} users pays at least the standard's
 * safety spend; the audit adds a fine of {@code auditFineMultiple} times any shortfall.
 */
public record SafetyRules(double incidentRate,
                          double safetyScale,
                          double userLoss,
                          double trustLoss,
                          double trustRecovery,
                          double seriousShare,
                          double adoptionShock,
                          int shockRounds,
                          long standardThreshold,
                          double auditFineMultiple) {

    public static SafetyRules defaults() {
        return new SafetyRules(0.04, 0.25, 0.3, 0.15, 0.05, 0.08, 1.0, 10, 50_000, 1.0);
    }

    List<ConfigProblem> validate() {
        return new ConfigCheck("remedies.safety.")
                .range("incidentRate", incidentRate, 0.0, 1.0)
                .range("safetyScale", safetyScale, 0.001, 1_000.0)
                .range("userLoss", userLoss, 0.0, 1.0)
                .range("trustLoss", trustLoss, 0.0, 1.0)
                .range("trustRecovery", trustRecovery, 0.0, 1.0)
                .range("seriousShare", seriousShare, 0.0, 1.0)
                .range("adoptionShock", adoptionShock, 0.0, 100.0)
                .range("shockRounds", shockRounds, 0, 1_000)
                .range("standardThreshold", standardThreshold, 0, 1_000_000_000L)
                .range("auditFineMultiple", auditFineMultiple, 0.0, 100.0)
                .problems();
    }
}
