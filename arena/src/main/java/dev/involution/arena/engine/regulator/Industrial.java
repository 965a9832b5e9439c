package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Industrial policy: the guardrails, plus support for small firms squeezed by the cost of compute:
 * an R&amp;D subsidy and compute vouchers at the farms' base price for every firm under the
 * small-share threshold.
 */
final class Industrial extends Guardrails {

    Industrial(PolicySettings settings) {
        super(settings);
    }

    @Override
    public String name() {
        return Policies.INDUSTRIAL;
    }

    @Override
    public List<Intervention> evaluate(Input input) {
        List<Intervention> out = new ArrayList<>(super.evaluate(input));
        int next = input.nextRound();
        int until = next + settings.durationRounds() - 1;
        for (FirmResult r : input.last().firms()) {
            if (r.status() != FirmStatus.ACTIVE || r.share() >= settings.smallShare()) {
                continue;
            }
            String who = String.format(Locale.ROOT, "%s holds %.1f%% of users (under %.1f%%)",
                    r.name(), 100 * r.share(), 100 * settings.smallShare());
            List<Figure> small = List.of(Figure.share("share", r.share()), Figure.share("smallShare", settings.smallShare()));
            if (settings.rndSubsidyBasisPoints() > 0 && !input.inForce(InterventionKind.RND_SUBSIDY, r.firmId())) {
                out.add(new Intervention(0, InterventionKind.RND_SUBSIDY, r.firmId(), settings.rndSubsidyBasisPoints(),
                        next, until, String.format(Locale.ROOT, "R&D subsidy of %.0f%% of R&D spend until round %d: %s.",
                        settings.rndSubsidyBasisPoints() / 100.0, until, who), small));
            }
            if (settings.voucherUnits() > 0 && !input.inForce(InterventionKind.COMPUTE_VOUCHER, r.firmId())) {
                out.add(new Intervention(0, InterventionKind.COMPUTE_VOUCHER, r.firmId(), settings.voucherUnits(),
                        next, until, String.format(Locale.ROOT,
                        "Compute vouchers: %d units a round at the farms' base price until round %d: %s.",
                        settings.voucherUnits(), until, who), small));
            }
        }
        return out;
    }
}
