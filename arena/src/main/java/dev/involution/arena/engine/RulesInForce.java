package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The regulator's interventions a market holds: those in force and those waiting to be lifted,
 * oldest first, with the ids the market gave them. Answers which rule a firm's decisions or
 * orders would break and what fines and subsidies fall due; the {@link Market} decides when.
 */
final class RulesInForce {
    private final List<Intervention> interventions = new ArrayList<>();
    private long nextId = 1;

    /** Gives the proposal its id and puts it in the list. */
    Intervention add(Intervention proposal) {
        Intervention i = proposal.withId(nextId++);
        interventions.add(i);
        return i;
    }

    boolean lift(long interventionId) {
        return interventions.removeIf(i -> i.id() == interventionId);
    }

    List<Intervention> all() {
        return List.copyOf(interventions);
    }

    /** Interventions whose last round has passed (all of them once the match is finished). */
    List<Intervention> expired(int round, boolean finished) {
        List<Intervention> expired = new ArrayList<>();
        for (Intervention i : interventions) {
            if (i.untilRound() < round || finished) {
                expired.add(i);
            }
        }
        return expired;
    }

    /** The first intervention of this kind in force for the firm in the round, or null. */
    Intervention active(InterventionKind kind, int firmId, int round) {
        for (Intervention i : interventions) {
            if (i.kind() == kind && i.activeIn(round) && i.appliesTo(firmId)) {
                return i;
            }
        }
        return null;
    }

    boolean anyActive(InterventionKind kind, int firmId, int round) {
        return active(kind, firmId, round) != null;
    }

    /** The sum of the values of this kind's interventions in force for the firm (fines, subsidy rates). */
    long activeTotal(InterventionKind kind, int firmId, int round) {
        long total = 0;
        for (Intervention i : interventions) {
            if (i.kind() == kind && i.activeIn(round) && i.appliesTo(firmId)) {
                total += i.value();
            }
        }
        return total;
    }

    /**
     * The decisions that apply for firm {@code f} under the rules in force in the round: a cooling-off
     * halt keeps its price and bounty; else a bounty above the lowest giveaway cap comes down to it
     * and a price under the highest price floor goes up to it (at most the largest price). R&amp;D
     * applies as asked. Every part a rule changed is an adjustment.
     */
    AdmittedDecisions admit(Firm f, Decisions requested, int round) {
        Intervention halt = null;
        Intervention cap = null;
        Intervention floor = null;
        Intervention ceiling = null;
        for (Intervention i : interventions) {
            if (!i.activeIn(round) || !i.appliesTo(f.id)) {
                continue;
            }
            switch (i.kind()) {
                case TRADING_HALT -> halt = halt == null ? i : halt;
                case GIVEAWAY_CAP -> cap = cap == null || i.value() < cap.value() ? i : cap;
                case PRICE_FLOOR -> floor = floor == null || i.value() > floor.value() ? i : floor;
                case PRICE_CAP -> ceiling = ceiling == null || i.value() < ceiling.value() ? i : ceiling;
                default -> { }
            }
        }
        long price = requested.price();
        long bounty = requested.bounty();
        List<DecisionAdjustment> adjustments = new ArrayList<>(0);
        if (halt != null) {
            if (price != f.price) {
                adjustments.add(new DecisionAdjustment("price", price, f.price, halt));
                price = f.price;
            }
            if (bounty != f.bounty) {
                adjustments.add(new DecisionAdjustment("bounty", bounty, f.bounty, halt));
                bounty = f.bounty;
            }
        } else {
            if (cap != null && bounty > cap.value()) {
                adjustments.add(new DecisionAdjustment("bounty", bounty, cap.value(), cap));
                bounty = cap.value();
            }
            long lowest = floor == null ? 0 : Math.min(floor.value(), Limits.MAX_POSTED_PRICE);
            if (floor != null && price < lowest) {
                adjustments.add(new DecisionAdjustment("price", price, lowest, floor));
                price = lowest;
            }
            if (ceiling != null && price > ceiling.value()) {
                adjustments.add(new DecisionAdjustment("price", price, ceiling.value(), ceiling));
                price = ceiling.value();
            }
        }
        return new AdmittedDecisions(ResultCode.OK, new Decisions(price, bounty, requested.rnd()), adjustments);
    }

    /** The result code that names the rule an intervention sets (for a refusal or an adjustment). */
    static ResultCode codeOf(Intervention rule) {
        return switch (rule.kind()) {
            case GIVEAWAY_CAP -> ResultCode.GIVEAWAY_CAP_EXCEEDED;
            case PRICE_FLOOR -> ResultCode.PRICE_BELOW_FLOOR;
            case TRADING_HALT -> ResultCode.COOLING_OFF;
            case SHARE_CAP -> ResultCode.SHARE_CAP_REACHED;
            case PRICE_CAP -> ResultCode.PRICE_ABOVE_CAP;
            case CONSORTIUM_BAN -> ResultCode.CONSORTIUM_BANNED;
            default -> throw new IllegalStateException("no rule for " + rule.kind());
        };
    }

    long nextId() {
        return nextId;
    }

    void restore(List<Intervention> saved, long savedNextId) {
        interventions.clear();
        interventions.addAll(saved);
        nextId = savedNextId;
    }

    long hash(long h) {
        h = OrderBook.mix(h ^ nextId);
        for (Intervention i : interventions) {
            h = OrderBook.mix(h ^ i.id());
            h = OrderBook.mix(h ^ i.kind().ordinal());
            h = OrderBook.mix(h ^ i.firmId());
            h = OrderBook.mix(h ^ i.value());
            h = OrderBook.mix(h ^ ((long) i.fromRound() << 32 | i.untilRound()));
        }
        return h;
    }

    /** A rule imposed in its round takes effect at once: bounties come down to a cap, prices to a floor or a cap. */
    static void takeEffect(Intervention i, List<Firm> firms) {
        for (Firm f : firms) {
            if (!i.appliesTo(f.id)) {
                continue;
            }
            if (i.kind() == InterventionKind.GIVEAWAY_CAP) {
                f.bounty = Math.min(f.bounty, i.value());
            } else if (i.kind() == InterventionKind.PRICE_FLOOR) {
                f.price = Math.max(f.price, i.value());
            } else if (i.kind() == InterventionKind.PRICE_CAP) {
                f.price = Math.min(f.price, i.value());
            }
        }
    }
}
