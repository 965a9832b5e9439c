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

    /** The intervention in force that these decisions of firm {@code f} would break, or null. */
    Intervention againstDecisions(Firm f, Decisions d, int round) {
        for (Intervention i : interventions) {
            if (!i.activeIn(round) || !i.appliesTo(f.id)) {
                continue;
            }
            boolean broken = switch (i.kind()) {
                case GIVEAWAY_CAP -> d.bounty() > i.value();
                case PRICE_FLOOR -> d.price() < i.value();
                case TRADING_HALT -> d.price() != f.price || d.bounty() != f.bounty;
                default -> false;
            };
            if (broken) {
                return i;
            }
        }
        return null;
    }

    /** The result code that names the rule an intervention sets. */
    static ResultCode codeOf(Intervention rule) {
        return switch (rule.kind()) {
            case GIVEAWAY_CAP -> ResultCode.GIVEAWAY_CAP_EXCEEDED;
            case PRICE_FLOOR -> ResultCode.PRICE_BELOW_FLOOR;
            case TRADING_HALT -> ResultCode.COOLING_OFF;
            case SHARE_CAP -> ResultCode.SHARE_CAP_REACHED;
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
}
