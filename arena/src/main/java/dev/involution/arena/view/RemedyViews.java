package dev.involution.arena.view;

import dev.involution.arena.engine.FirmRemedyResult;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.ModelKind;
import dev.involution.arena.engine.RemedyDecisions;
import dev.involution.arena.engine.RemedyIndicators;
import dev.involution.arena.engine.Remedies;
import dev.involution.arena.engine.UseCase;
import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.FirmRemedyRound;
import dev.involution.bots.api.RemedyMarketIndicators;
import dev.involution.bots.api.RemedyRules;
import java.util.Locale;

/** Translates the article's remedies between the engine and the public API records. */
public final class RemedyViews {
    private RemedyViews() {
    }

    /** The decisions with the firm's remedy choices (none under the classic rules). */
    public static Decisions withChoices(Decisions d, RemedyDecisions r) {
        if (r == null) {
            return d;
        }
        return d.withRemedies(r.model().name(), r.focus(), r.licensor(), r.licenseFee(), r.consortium(), r.safety());
    }

    /**
     * The remedy choices a request asks for: each field given replaces the current one, each field
     * left out stays; null when the request gives none. An unknown model name gives a null model,
     * which the engine refuses.
     */
    public static RemedyDecisions requested(RemedyDecisions current, Decisions d) {
        return requested(current, RemedyRequest.of(d));
    }

    /** As {@link #requested(RemedyDecisions, Decisions)}, for a request already read. */
    public static RemedyDecisions requested(RemedyDecisions current, RemedyRequest d) {
        if (d == null) {
            return null;
        }
        RemedyDecisions base = current == null ? RemedyDecisions.NONE : current;
        ModelKind model = base.model();
        if (d.model() != null) {
            model = parseModel(d.model());
        }
        int licensor = d.licensor() != null ? d.licensor()
                : model == ModelKind.LICENSED ? base.licensor() : -1;
        return new RemedyDecisions(model, d.focus() != null ? d.focus() : base.focus(), licensor,
                d.licenseFee() != null ? d.licenseFee() : base.licenseFee(),
                d.consortium() != null ? d.consortium() : base.consortium(),
                d.safety() != null ? d.safety() : base.safety());
    }

    private static ModelKind parseModel(String name) {
        for (ModelKind k : ModelKind.values()) {
            if (k.name().equals(name.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    public static FirmRemedyRound round(FirmRemedyResult r) {
        if (r == null) {
            return null;
        }
        return new FirmRemedyRound(r.model().name(), r.focus(), r.licensor(), r.licenseFee(), r.consortium(),
                r.modelServing(), r.trainingUnits(), r.licensePaid(), r.licenseEarned(), r.safety(), r.levy(),
                r.grant(), r.incident(), r.serious(), r.incidentUsers(), r.trust(), r.usersByUseCase(), r.qualityByUseCase());
    }

    public static RemedyMarketIndicators indicators(RemedyIndicators r) {
        if (r == null) {
            return null;
        }
        return new RemedyMarketIndicators(r.frontier(), r.researchFund(), r.breakthroughs(), r.budget(), r.fines(),
                r.levies(), r.publicFees(), r.subsidies(), r.grants(), r.publicFarms(), r.research(), r.publicModels(),
                r.incidents(), r.seriousIncidents(), r.incidentsToDate(), r.adoption(), r.adoptionShockRounds(),
                r.complianceCost(), r.consortiumMembers(), r.coordinationSignal(), r.licensePaidToFirms(),
                r.usersByUseCase());
    }

    public static RemedyRules rules(MarketConfig config) {
        return config.remedies() == null ? null
                : rules(config.remedies(), config.usersPerUnit(), config.supply().baseCost());
    }

    public static RemedyRules rules(Remedies r, long usersPerUnit, long baseCost) {
        return new RemedyRules(r.useCases().stream().map(UseCase::name).toList(), r.models().generalTrainingUnits(),
                r.models().specializedTrainingUnits(), r.models().publicLicenseFee(),
                (double) baseCost / usersPerUnit * (1 + r.competitiveMarkup()));
    }
}
