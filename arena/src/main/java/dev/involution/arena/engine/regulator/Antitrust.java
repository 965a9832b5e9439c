package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.RoundReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Concentration rules: a firm whose user share reaches the share cap cannot gain users (nor buy
 * compute beyond what its users need) for a while. A dominant firm may not buy the market: if it
 * sells below cost it is fined a multiple of its shortfall and held to a price floor at its compute
 * cost, and if it pays giveaways they are banned for it for a while. Under the article's remedies it
 * also watches research consortia for price coordination ({@link CoordinationWatch}).
 */
final class Antitrust implements RegulatorPolicy {
    private final PolicySettings settings;

    Antitrust(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return Policies.ANTITRUST;
    }

    @Override
    public List<Intervention> evaluate(Input input) {
        List<Intervention> out = new ArrayList<>(CoordinationWatch.evaluate(input,
                RemedySettings.article().coordinationThreshold(), settings.durationRounds()));
        RoundReport last = input.last();
        Indicators ind = last.indicators();
        int next = input.nextRound();
        int until = next + settings.durationRounds() - 1;
        for (FirmResult r : last.firms()) {
            if (r.status() != FirmStatus.ACTIVE) {
                continue;
            }
            if (r.share() >= settings.shareCap() && !input.inForce(InterventionKind.SHARE_CAP, r.firmId())) {
                out.add(new Intervention(0, InterventionKind.SHARE_CAP, r.firmId(),
                        Math.round(settings.shareCap() * 10_000), next, until,
                        String.format(Locale.ROOT, "Market-share cap: %s holds %.1f%% of users (cap %.1f%%, HHI %d); "
                                        + "it cannot gain users until round %d.",
                                r.name(), 100 * r.share(), 100 * settings.shareCap(), ind.hhi(), until),
                        List.of(Figure.share("share", r.share()), Figure.share("shareCap", settings.shareCap()),
                                Figure.count("hhi", ind.hhi()))));
            }
            if (r.share() < settings.dominantShare()) {
                continue;
            }
            String dominant = String.format(Locale.ROOT, "%s holds %.1f%% of users (dominant from %.1f%%)",
                    r.name(), 100 * r.share(), 100 * settings.dominantShare());
            List<Figure> dominance = List.of(Figure.share("share", r.share()),
                    Figure.share("dominantShare", settings.dominantShare()));
            if (ind.belowCostFirms().contains(r.firmId())) {
                long shortfall = Math.max(0, r.computeCost() - r.revenue());
                long fine = Math.round(settings.predatoryFineMultiple() * shortfall);
                if (fine > 0) {
                    out.add(new Intervention(0, InterventionKind.FINE, r.firmId(), fine, next, next,
                            String.format(Locale.ROOT, "Predatory pricing: %s and sold below cost (revenue %d, "
                                    + "compute %d cents); fine of %d cents.", dominant, r.revenue(), r.computeCost(), fine),
                            plus(dominance, Figure.cents("revenue", r.revenue()), Figure.cents("computeCost", r.computeCost()),
                                    Figure.cents("shortfall", shortfall))));
                }
                if (!input.inForce(InterventionKind.PRICE_FLOOR, r.firmId())) {
                    long floor = (long) Math.ceil((double) r.computeCost() / Math.max(1, r.served()));
                    out.add(new Intervention(0, InterventionKind.PRICE_FLOOR, r.firmId(), floor, next, until,
                            String.format(Locale.ROOT, "No pricing below cost for a dominant firm: %s; price floor of "
                                    + "%d cents per user (its compute cost) until round %d.", dominant, floor, until),
                            plus(dominance, Figure.perUser("computeCostPerUser", floor))));
                }
            }
            if (r.bounty() > 0 && !input.inForce(InterventionKind.GIVEAWAY_CAP, r.firmId())) {
                out.add(new Intervention(0, InterventionKind.GIVEAWAY_CAP, r.firmId(), 0, next, until,
                        String.format(Locale.ROOT, "No giveaways for a dominant firm: %s and paid %d cents per new "
                                + "user; giveaways banned for it until round %d.", dominant, r.bounty(), until),
                        plus(dominance, Figure.perUser("bounty", r.bounty()))));
            }
        }
        return out;
    }

    private static List<Figure> plus(List<Figure> first, Figure... more) {
        List<Figure> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
