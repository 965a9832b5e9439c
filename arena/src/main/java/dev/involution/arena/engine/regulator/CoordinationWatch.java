package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.RemedyIndicators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Antitrust watch on a research consortium used to coordinate prices: when the coordination signal
 * (members' mean price over the competitive level) reaches the threshold, every member is held to a
 * price cap a little over the competitive level and fined its overcharge of the round.
 */
final class CoordinationWatch {
    /** The cap is this multiple of the competitive price level. */
    static final double CAP_OVER_COMPETITIVE = 1.0;

    private CoordinationWatch() {
    }

    static List<Intervention> evaluate(RegulatorPolicy.Input input, double threshold, int durationRounds) {
        RemedyIndicators r = input.last().indicators().remedies();
        if (r == null || r.consortiumMembers() < 2) {
            return List.of();
        }
        if (r.coordinationSignal() < threshold) {
            return renewWhilePressed(input, durationRounds);
        }
        double competitive = input.config().remedies().competitivePrice(input.config());
        long cap = (long) Math.ceil(competitive * CAP_OVER_COMPETITIVE);
        int next = input.nextRound();
        int until = next + durationRounds - 1;
        List<Figure> figures = List.of(Figure.ratio("coordinationSignal", r.coordinationSignal()),
                Figure.ratio("threshold", threshold), Figure.perUser("competitivePrice", competitive),
                Figure.count("members", r.consortiumMembers()));
        List<Intervention> out = new ArrayList<>();
        for (FirmResult f : input.last().firms()) {
            if (f.status() != FirmStatus.ACTIVE || f.remedy() == null || !f.remedy().consortium()) {
                continue;
            }
            if (!input.inForce(InterventionKind.PRICE_CAP, f.firmId())) {
                out.add(new Intervention(0, InterventionKind.PRICE_CAP, f.firmId(), cap, next, until,
                        String.format(Locale.ROOT, "Price coordination: the consortium's %d members price at %.2f times "
                                        + "the competitive level (%.2f cents per user); %s may charge at most %d cents "
                                        + "per user until round %d.", r.consortiumMembers(), r.coordinationSignal(),
                                competitive, f.name(), cap, until), figures));
            }
            long overcharge = Math.max(0, Math.round((f.price() - competitive) * f.served()));
            if (overcharge > 0) {
                out.add(new Intervention(0, InterventionKind.FINE, f.firmId(), overcharge, next, next,
                        String.format(Locale.ROOT, "Fine of %d cents on %s: its overcharge over the competitive level "
                                + "while the consortium coordinated prices (%d cents per user to %d users).",
                                overcharge, f.name(), f.price(), f.served()), figures));
            }
        }
        return out;
    }

    /** A member's cap that has just ended is renewed while the member still prices at it. */
    private static List<Intervention> renewWhilePressed(RegulatorPolicy.Input input, int durationRounds) {
        List<Intervention> out = new ArrayList<>();
        int next = input.nextRound();
        for (FirmResult f : input.last().firms()) {
            Intervention cap = input.ending(InterventionKind.PRICE_CAP, f.firmId());
            if (cap != null && f.status() == FirmStatus.ACTIVE && f.remedy() != null && f.remedy().consortium()
                    && f.price() >= cap.value()) {
                int until = next + durationRounds - 1;
                out.add(new Intervention(0, InterventionKind.PRICE_CAP, f.firmId(), cap.value(), next, until,
                        String.format(Locale.ROOT, "Price cap of %d cents per user on %s renewed until round %d: it "
                                + "still prices at the cap while in the consortium.", cap.value(), f.name(), until),
                        List.of(Figure.perUser("price", f.price()), Figure.round("round", input.last().round()))));
            }
        }
        return out;
    }
}
