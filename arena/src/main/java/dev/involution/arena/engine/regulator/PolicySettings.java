package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.ConfigCheck;
import dev.involution.arena.engine.ConfigProblem;
import java.util.List;

/**
 * Every threshold of the regulator's policies, configurable per match.
 *
 * <p>Guardrails escalate with the spiral index: at {@code warnAtSpiral} a public warning, at
 * {@code capAtSpiral} a giveaway cap of {@code giveawayCapCents}, at {@code floorAtSpiral} a price
 * floor at {@code floorFactor} x the compute cost per user at the farms' base price, at
 * {@code fineAtSpiral} a fine of {@code fineCents} on every firm selling below cost, at
 * {@code haltAtSpiral} a cooling-off halt of {@code haltRounds} rounds. Caps and floors hold for
 * {@code durationRounds}; the policy relaxes by not renewing them once the spiral has ended.
 *
 * <p>Antitrust caps the share of a firm at or above {@code shareCap} and fines a firm with at
 * least {@code dominantShare} that sells below cost {@code predatoryFineMultiple} x its shortfall.
 * Industrial policy adds, for firms under {@code smallShare}, an R&amp;D subsidy of
 * {@code rndSubsidyBasisPoints} / 10,000 of their R&amp;D and {@code voucherUnits} compute units a
 * round at base cost.
 *
 * <p>The policies of the article's remedies ({@code article}, {@code over-regulation}) take their
 * preset's {@link RemedySettings}; each of the last seven thresholds, when given, replaces the
 * preset's: {@code publicFarms}, {@code basicResearchCents} and {@code grantCents} a round,
 * {@code safetyStandard} (cents per 1,000 users a round), {@code levyBasisPoints},
 * {@code coordinationThreshold} (of the consortium watch, where the policy keeps one) and
 * {@code banConsortia}. Null (left out), the preset's value holds.
 */
public record PolicySettings(int warnAtSpiral,
                             int capAtSpiral,
                             int floorAtSpiral,
                             int fineAtSpiral,
                             int haltAtSpiral,
                             long giveawayCapCents,
                             double floorFactor,
                             long fineCents,
                             int haltRounds,
                             int durationRounds,
                             double shareCap,
                             double dominantShare,
                             double predatoryFineMultiple,
                             double smallShare,
                             long rndSubsidyBasisPoints,
                             long voucherUnits,
                             Boolean publicFarms,
                             Long basicResearchCents,
                             Long grantCents,
                             Long safetyStandard,
                             Long levyBasisPoints,
                             Double coordinationThreshold,
                             Boolean banConsortia) {

    public static PolicySettings defaults() {
        return new PolicySettings(2, 3, 4, 5, 6, 10, 1.3, 200_000, 3, 6, 0.35, 0.25, 2.0, 0.10, 5_000, 40,
                null, null, null, null, null, null, null);
    }

    /** A preset's remedies with the ones these settings give in their place. */
    public RemedySettings remedies(RemedySettings preset) {
        RemedySettings p = preset;
        return new RemedySettings(publicFarms != null ? publicFarms : p.publicFarms(),
                basicResearchCents != null ? basicResearchCents : p.basicResearchCents(),
                grantCents != null ? grantCents : p.grantCents(),
                safetyStandard != null ? safetyStandard : p.safetyStandard(),
                levyBasisPoints != null ? levyBasisPoints : p.levyBasisPoints(), p.watchCoordination(),
                coordinationThreshold != null ? coordinationThreshold : p.coordinationThreshold(),
                banConsortia != null ? banConsortia : p.banConsortia(), p.giveawayCap(), p.shareCap(),
                p.priceFloorFactor(), p.durationRounds());
    }

    /** Every threshold out of range, with its field; empty when usable. */
    public List<ConfigProblem> validate() {
        return new ConfigCheck("policySettings.")
                .range("warnAtSpiral", warnAtSpiral, 1, 1_000)
                .range("capAtSpiral", capAtSpiral, 1, 1_000)
                .range("floorAtSpiral", floorAtSpiral, 1, 1_000)
                .range("fineAtSpiral", fineAtSpiral, 1, 1_000)
                .range("haltAtSpiral", haltAtSpiral, 1, 1_000)
                .range("giveawayCapCents", giveawayCapCents, 0, 100_000)
                .range("floorFactor", floorFactor, 0.0, 10.0)
                .range("fineCents", fineCents, 0, 1_000_000_000_000L)
                .range("haltRounds", haltRounds, 1, 100)
                .range("durationRounds", durationRounds, 1, 1_000)
                .range("shareCap", shareCap, 0.01, 1.0)
                .range("dominantShare", dominantShare, 0.0, 1.0)
                .range("predatoryFineMultiple", predatoryFineMultiple, 0.0, 100.0)
                .range("smallShare", smallShare, 0.0, 1.0)
                .range("rndSubsidyBasisPoints", rndSubsidyBasisPoints, 0, 10_000)
                .range("voucherUnits", voucherUnits, 0, 1_000_000)
                .add(remedies(RemedySettings.none()).validate().stream()
                        .map(p -> new ConfigProblem(p.field().replace("remedySettings.", "policySettings."), p.message()))
                        .toList())
                .problems();
    }
}
