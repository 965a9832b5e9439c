package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.Remedies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy of the article's remedies: keeps the standing rules of its {@link RemedySettings} in force
 * (public farms, basic research, grants, the safety standard, the levy, a consortium ban, caps and
 * floors), renewing each as it ends, and watches consortia for price coordination.
 */
final class Remedial implements RegulatorPolicy {
    private final String name;
    private final RemedySettings settings;

    Remedial(String name, RemedySettings settings) {
        this.name = name;
        this.settings = settings;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Intervention> evaluate(Input input) {
        List<Intervention> out = new ArrayList<>();
        Remedies remedies = input.config().remedies();
        int next = input.nextRound();
        int until = next + settings.durationRounds() - 1;
        if (remedies != null) {
            if (settings.publicFarms()) {
                long all = (1L << remedies.useCaseCount()) - 1;
                standing(input, out, InterventionKind.PUBLIC_FARMS, all, until, String.format(Locale.ROOT,
                        "Public specialized farms train an open model for each of the %d use cases until round %d, "
                                + "licensed to every firm for %d cents per served user; paid from the regulator's budget.",
                        remedies.useCaseCount(), until, remedies.models().publicLicenseFee()),
                        List.of(Figure.count("useCases", remedies.useCaseCount()),
                                Figure.perUser("publicLicenseFee", remedies.models().publicLicenseFee())));
            }
            if (settings.basicResearchCents() > 0) {
                standing(input, out, InterventionKind.BASIC_RESEARCH, settings.basicResearchCents(), until,
                        String.format(Locale.ROOT, "Basic research: %d cents a round of the regulator's budget raise "
                                + "the shared frontier until round %d.", settings.basicResearchCents(), until),
                        List.of(Figure.cents("basicResearch", settings.basicResearchCents())));
            }
            if (settings.safetyStandard() > 0) {
                standing(input, out, InterventionKind.SAFETY_STANDARD, settings.safetyStandard(), until,
                        String.format(Locale.ROOT, "Safety standard until round %d: a firm with more than %d users "
                                        + "spends at least %.2f cents per user a round on safety; audits fine any shortfall.",
                                until, remedies.safety().standardThreshold(), settings.safetyStandard() / 1000.0),
                        List.of(Figure.count("standardThreshold", remedies.safety().standardThreshold()),
                                Figure.perUser("safetyStandard", settings.safetyStandard() / 1000.0)));
            }
            if (settings.levyBasisPoints() > 0) {
                standing(input, out, InterventionKind.LEVY, settings.levyBasisPoints(), until,
                        String.format(Locale.ROOT, "Levy of %.1f%% of every firm's revenue to the regulator's budget "
                                + "until round %d.", settings.levyBasisPoints() / 100.0, until),
                        List.of(Figure.share("levy", settings.levyBasisPoints() / 10_000.0)));
            }
            if (settings.banConsortia()) {
                standing(input, out, InterventionKind.CONSORTIUM_BAN, 0, until,
                        "Research consortia are banned until round " + until + ".", List.of());
            }
            if (settings.grantCents() > 0) {
                grants(input, out, until);
            }
            if (settings.watchCoordination()) {
                out.addAll(CoordinationWatch.evaluate(input, settings.coordinationThreshold(), settings.durationRounds()));
            }
        }
        if (settings.giveawayCap() >= 0) {
            standing(input, out, InterventionKind.GIVEAWAY_CAP, settings.giveawayCap(), until,
                    "Standing giveaway cap of " + settings.giveawayCap() + " cents per new user until round " + until
                            + ".",
                    List.of(Figure.perUser("giveawayCap", settings.giveawayCap())));
        }
        if (settings.priceFloorFactor() > 0) {
            long floor = (long) Math.ceil(settings.priceFloorFactor() * input.config().supply().baseCost()
                    / input.config().usersPerUnit());
            standing(input, out, InterventionKind.PRICE_FLOOR, floor, until,
                    "Standing price floor of " + floor + " cents per user until round " + until + ".",
                    List.of(Figure.perUser("priceFloor", floor)));
        }
        if (settings.shareCap() < 1.0) {
            for (FirmResult r : input.last().firms()) {
                if (r.status() == FirmStatus.ACTIVE && r.share() >= settings.shareCap()
                        && !input.inForce(InterventionKind.SHARE_CAP, r.firmId())) {
                    out.add(new Intervention(0, InterventionKind.SHARE_CAP, r.firmId(),
                            Math.round(settings.shareCap() * 10_000), input.nextRound(), until,
                            String.format(Locale.ROOT, "Market-share cap: %s holds %.1f%% of users (cap %.1f%%).",
                                    r.name(), 100 * r.share(), 100 * settings.shareCap()),
                            List.of(Figure.share("share", r.share()), Figure.share("shareCap", settings.shareCap()))));
                }
            }
        }
        return out;
    }

    /**
     * Puts a market-wide rule in force unless it already is, with the figures a reader needs to word the
     * rule itself (a standing rule has no trigger to cite, only its own terms).
     */
    private static void standing(Input input, List<Intervention> out, InterventionKind kind, long value, int until,
                                 String reason, List<Figure> figures) {
        if (!input.inForce(kind, Intervention.ALL_FIRMS)) {
            out.add(new Intervention(0, kind, Intervention.ALL_FIRMS, value, input.nextRound(), until, reason,
                    figures));
        }
    }

    /** The grants budget, split evenly over the active firms that have none in force. */
    private void grants(Input input, List<Intervention> out, int until) {
        List<FirmResult> active = input.last().firms().stream().filter(f -> f.status() == FirmStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            return;
        }
        long each = settings.grantCents() / active.size();
        for (FirmResult f : active) {
            if (each > 0 && !input.inForce(InterventionKind.RND_GRANT, f.firmId())) {
                out.add(new Intervention(0, InterventionKind.RND_GRANT, f.firmId(), each, input.nextRound(), until,
                        String.format(Locale.ROOT, "R&D grant of %d cents a round to %s until round %d (the grants "
                                + "budget of %d cents split over %d firms).", each, f.name(), until,
                                settings.grantCents(), active.size()),
                        List.of(Figure.cents("grant", each), Figure.cents("grantsBudget", settings.grantCents()),
                                Figure.count("firms", active.size()))));
            }
        }
    }
}
