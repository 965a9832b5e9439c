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
 * compute beyond what its users need) for a while; a dominant firm that sells below cost is fined
 * a multiple of its shortfall (predatory pricing).
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
        List<Intervention> out = new ArrayList<>();
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
                                r.name(), 100 * r.share(), 100 * settings.shareCap(), ind.hhi(), until)));
            }
            if (r.share() >= settings.dominantShare() && ind.belowCostFirms().contains(r.firmId())) {
                long shortfall = Math.max(0, r.computeCost() - r.revenue());
                long fine = Math.round(settings.predatoryFineMultiple() * shortfall);
                if (fine > 0) {
                    out.add(new Intervention(0, InterventionKind.FINE, r.firmId(), fine, next, next,
                            String.format(Locale.ROOT, "Predatory pricing: %s holds %.1f%% of users and sold below "
                                            + "cost (revenue %d, compute %d cents); fine of %d cents.",
                                    r.name(), 100 * r.share(), r.revenue(), r.computeCost(), fine)));
                }
            }
        }
        return out;
    }
}
