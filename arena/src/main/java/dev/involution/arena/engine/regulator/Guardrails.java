package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.RoundReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Anti-involution guardrails: the longer the price-and-subsidy spiral lasts, the firmer the
 * response: warning, giveaway cap, price floor, fines on below-cost sellers, then a cooling-off
 * halt. Caps and floors hold for a fixed number of rounds and are not renewed once the spiral has
 * ended, so the market relaxes by itself.
 */
class Guardrails implements RegulatorPolicy {
    protected final PolicySettings settings;

    Guardrails(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return Policies.GUARDRAILS;
    }

    @Override
    public List<Intervention> evaluate(Input input) {
        List<Intervention> out = new ArrayList<>();
        RoundReport last = input.last();
        Indicators ind = last.indicators();
        int spiral = ind.spiralIndex();
        int next = input.nextRound();
        int until = next + settings.durationRounds() - 1;
        renewWhilePressed(input, out, until);
        if (spiral == 0) {
            return out;
        }
        String why = spiralReason(input);
        List<Figure> spiralFigures = spiralFigures(input);
        if (spiral >= settings.warnAtSpiral() && !input.inForce(InterventionKind.WARNING, Intervention.ALL_FIRMS)) {
            out.add(new Intervention(0, InterventionKind.WARNING, Intervention.ALL_FIRMS, 0, next, next,
                    "Warning to all firms: " + why + ". Curb giveaways and below-cost prices or the regulator will act.",
                    spiralFigures));
        }
        if (spiral >= settings.capAtSpiral() && !input.inForce(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS)
                && !proposed(out, InterventionKind.GIVEAWAY_CAP)) {
            out.add(new Intervention(0, InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS,
                    settings.giveawayCapCents(), next, until,
                    "Giveaway cap of " + settings.giveawayCapCents() + " cents per new user until round " + until
                            + ": " + why + ".", spiralFigures));
        }
        if (spiral >= settings.floorAtSpiral() && !input.inForce(InterventionKind.PRICE_FLOOR, Intervention.ALL_FIRMS)
                && !proposed(out, InterventionKind.PRICE_FLOOR)) {
            long floor = priceFloor(input);
            out.add(new Intervention(0, InterventionKind.PRICE_FLOOR, Intervention.ALL_FIRMS, floor, next, until,
                    "Price floor of " + floor + " cents per user until round " + until
                            + " (compute cost per user at the farms' base price): " + why + ".", spiralFigures));
        }
        if (spiral >= settings.fineAtSpiral()) {
            for (FirmResult r : last.firms()) {
                if (ind.belowCostFirms().contains(r.firmId())) {
                    out.add(new Intervention(0, InterventionKind.FINE, r.firmId(), settings.fineCents(), next, next,
                            String.format(Locale.ROOT, "Fine of %d cents on %s for selling below cost (revenue %d, "
                                            + "compute %d cents) while the spiral lasts: %s.",
                                    settings.fineCents(), r.name(), r.revenue(), r.computeCost(), why),
                            with(List.of(Figure.cents("revenue", r.revenue()), Figure.cents("computeCost", r.computeCost())),
                                    spiralFigures)));
                }
            }
        }
        if (spiral >= settings.haltAtSpiral() && !input.inForce(InterventionKind.TRADING_HALT, Intervention.ALL_FIRMS)) {
            int haltUntil = next + settings.haltRounds() - 1;
            out.add(new Intervention(0, InterventionKind.TRADING_HALT, Intervention.ALL_FIRMS, 0, next, haltUntil,
                    "Cooling-off halt until round " + haltUntil
                            + ": prices and giveaways are frozen and giveaways suspended: " + why + ".", spiralFigures));
        }
        return out;
    }

    /**
     * A cap or floor that has just ended is renewed while firms still press against it: some firm
     * posted a bounty at the cap, or a price at the floor. Otherwise the market is left alone.
     */
    private void renewWhilePressed(Input input, List<Intervention> out, int until) {
        int next = input.nextRound();
        Intervention cap = input.ending(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS);
        if (cap != null) {
            long top = input.last().firms().stream().filter(f -> f.status() == FirmStatus.ACTIVE)
                    .mapToLong(FirmResult::bounty).max().orElse(0);
            if (top >= cap.value()) {
                out.add(new Intervention(0, InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS, cap.value(), next,
                        until, "Giveaway cap of " + cap.value() + " cents per new user renewed until round " + until
                        + ": firms still post bounties at the cap (" + top + " cents) in round "
                        + input.last().round() + ".",
                        List.of(Figure.perUser("topBounty", top), Figure.round("round", input.last().round()))));
            }
        }
        Intervention floor = input.ending(InterventionKind.PRICE_FLOOR, Intervention.ALL_FIRMS);
        if (floor != null) {
            long bottom = input.last().firms().stream().filter(f -> f.status() == FirmStatus.ACTIVE)
                    .mapToLong(FirmResult::price).min().orElse(Long.MAX_VALUE);
            if (bottom <= floor.value()) {
                out.add(new Intervention(0, InterventionKind.PRICE_FLOOR, Intervention.ALL_FIRMS, floor.value(), next,
                        until, "Price floor of " + floor.value() + " cents per user renewed until round " + until
                        + ": firms still price at the floor (" + bottom + " cents) in round "
                        + input.last().round() + ".",
                        List.of(Figure.perUser("lowestPrice", bottom), Figure.round("round", input.last().round()))));
            }
        }
    }

    private static boolean proposed(List<Intervention> out, InterventionKind kind) {
        return out.stream().anyMatch(i -> i.kind() == kind);
    }

    long priceFloor(Input input) {
        long perUser = input.config().supply().baseCost();
        return (long) Math.ceil(settings.floorFactor() * perUser / input.config().usersPerUnit());
    }

    /** The numbers {@link #spiralReason} quotes, as figures. */
    static List<Figure> spiralFigures(Input input) {
        List<RoundReport> reports = input.reports();
        Indicators now = input.last().indicators();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count("spiralIndex", now.spiralIndex()));
        figures.add(Figure.round("round", input.last().round()));
        if (reports.size() >= 2) {
            figures.add(Figure.perUser("averagePriceBefore", reports.get(reports.size() - 2).indicators().averagePrice()));
        }
        figures.add(Figure.perUser("averagePrice", now.averagePrice()));
        figures.add(Figure.ratio("subsidyIntensity", now.subsidyIntensity()));
        return List.copyOf(figures);
    }

    private static List<Figure> with(List<Figure> first, List<Figure> then) {
        List<Figure> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** "spiral index 3: the average price fell from 9.10 to 8.20 cents while subsidy intensity was 0.84". */
    static String spiralReason(Input input) {
        List<RoundReport> reports = input.reports();
        Indicators now = input.last().indicators();
        String before = reports.size() >= 2
                ? String.format(Locale.ROOT, "%.2f", reports.get(reports.size() - 2).indicators().averagePrice())
                : "?";
        return String.format(Locale.ROOT,
                "spiral index %d in round %d (the average price fell from %s to %.2f cents per user while "
                        + "subsidy intensity was %.2f)",
                now.spiralIndex(), input.last().round(), before, now.averagePrice(), now.subsidyIntensity());
    }
}
