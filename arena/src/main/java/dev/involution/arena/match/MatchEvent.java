package dev.involution.arena.match;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.DecisionAdjustment;
import dev.involution.arena.engine.Decisions;
import dev.involution.arena.engine.RemedyDecisions;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.PolicySettings;
import java.util.List;

/**
 * What happened in a match, in the order it happened. {@code seq} numbers every event of a match
 * from 1 without gaps (it is the stream's sequence number); {@code at} is the wall-clock time in
 * epoch milliseconds when the match accepted it. Events carry the inputs that replay feeds to the
 * engine, and the outcomes the engine produced, for the public history.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MatchEvent.MatchCreated.class, name = "match-created"),
        @JsonSubTypes.Type(value = MatchEvent.MessageBroadcast.class, name = "message-broadcast"),
        @JsonSubTypes.Type(value = MatchEvent.SeatTaken.class, name = "seat-taken"),
        @JsonSubTypes.Type(value = MatchEvent.MatchStarted.class, name = "match-started"),
        @JsonSubTypes.Type(value = MatchEvent.RoundOpened.class, name = "round-opened"),
        @JsonSubTypes.Type(value = MatchEvent.FirmReady.class, name = "firm-ready"),
        @JsonSubTypes.Type(value = MatchEvent.OrderPlaced.class, name = "order-placed"),
        @JsonSubTypes.Type(value = MatchEvent.OrderCancelled.class, name = "order-cancelled"),
        @JsonSubTypes.Type(value = MatchEvent.DecisionsSet.class, name = "decisions-set"),
        @JsonSubTypes.Type(value = MatchEvent.RoundSettled.class, name = "round-settled"),
        @JsonSubTypes.Type(value = MatchEvent.MatchPaused.class, name = "match-paused"),
        @JsonSubTypes.Type(value = MatchEvent.MatchResumed.class, name = "match-resumed"),
        @JsonSubTypes.Type(value = MatchEvent.MatchFinished.class, name = "match-finished"),
        @JsonSubTypes.Type(value = MatchEvent.InterventionImposed.class, name = "intervention-imposed"),
        @JsonSubTypes.Type(value = MatchEvent.InterventionLifted.class, name = "intervention-lifted"),
        @JsonSubTypes.Type(value = MatchEvent.PolicyChanged.class, name = "policy-changed")
})
public sealed interface MatchEvent extends CborSerializable {
    long seq();

    long at();

    record MatchCreated(long seq, long at, String matchId, MatchSettings settings) implements MatchEvent {
    }

    /** A seat was taken; {@code idempotencyKey} is the player's key for the join request, if any. */
    record SeatTaken(long seq, long at, SeatHolder holder, String idempotencyKey) implements MatchEvent {
    }

    /** Round 1 opened; it ends at {@code deadline} (epoch ms). */
    record MatchStarted(long seq, long at, long deadline) implements MatchEvent {
    }

    /**
     * A round opened (after {@code match-started}, then after each {@code round-settled} but the
     * last): its number, its deadline (epoch ms) and the compute farms' asks, cheapest first. It
     * records what the settlement before it already decided, so replaying it changes nothing.
     */
    record RoundOpened(long seq, long at, int round, long deadline, List<Ask> asks) implements MatchEvent {
        public RoundOpened {
            asks = List.copyOf(asks);
        }
    }

    /** One of the compute farms' asks at the opening of a round: cents per unit and units. */
    record Ask(long price, long quantity) {
    }

    /**
     * A firm said it is ready: done with {@code round} in a lockstep match, or (round 0) ready for
     * an OPEN match that starts by itself to begin.
     */
    record FirmReady(long seq, long at, int firmId, int round) implements MatchEvent {
    }

    /**
     * An order was placed with {@code quantity}; {@code requestedQuantity} is what the firm asked for
     * when it asked the order to be fitted to what it may buy or sell (null otherwise).
     */
    record OrderPlaced(long seq, long at, int firmId, Side side, long price, long quantity, String clientOrderId,
                       long orderId, List<Fill> fills, long restingQuantity, Long requestedQuantity)
            implements MatchEvent {
        public OrderPlaced(long seq, long at, int firmId, Side side, long price, long quantity, String clientOrderId,
                           long orderId, List<Fill> fills, long restingQuantity) {
            this(seq, at, firmId, side, price, quantity, clientOrderId, orderId, fills, restingQuantity, null);
        }
    }

    record OrderCancelled(long seq, long at, int firmId, long orderId, String idempotencyKey) implements MatchEvent {
    }

    /**
     * A firm's decisions now in force: {@code decisions} as they apply, and {@code adjustments} the
     * parts a rule of the regulator changed from what was asked (empty when none); in a match with the
     * remedies, {@code choices} are the firm's model, focus, license fee, consortium membership and
     * safety spend now in force (null when the request asked for none).
     */
    record DecisionsSet(long seq, long at, int firmId, Decisions decisions, String idempotencyKey,
                        List<DecisionAdjustment> adjustments, RemedyDecisions choices) implements MatchEvent {

        public DecisionsSet {
            adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        }

        /** The decisions that were asked for. */
        public Decisions requested() {
            long price = decisions.price();
            long bounty = decisions.bounty();
            for (DecisionAdjustment a : adjustments) {
                if (a.field().equals("price")) {
                    price = a.requested();
                } else if (a.field().equals("bounty")) {
                    bounty = a.requested();
                }
            }
            return new Decisions(price, bounty, decisions.rnd());
        }
    }

    /** A round was settled; the next one ends at {@code nextDeadline} (0 when the match is over). */
    record RoundSettled(long seq, long at, RoundReport report, long nextDeadline) implements MatchEvent {
    }

    /** The clock stopped with {@code remainingMillis} left in the round. */
    record MatchPaused(long seq, long at, long remainingMillis) implements MatchEvent {
    }

    record MatchResumed(long seq, long at, long deadline) implements MatchEvent {
    }

    /** The regulator put an intervention in force; {@code intervention} carries its id, terms and reason. */
    record InterventionImposed(long seq, long at, Intervention intervention) implements MatchEvent {
    }

    /** An intervention ended (its last round passed, or the match finished). */
    record InterventionLifted(long seq, long at, Intervention intervention) implements MatchEvent {
    }

    /** An admin switched the regulator's policy; it applies from the next evaluation on. */
    record PolicyChanged(long seq, long at, String policy, PolicySettings settings) implements MatchEvent {
    }

    /** The match is over, after its last round or stopped by an admin ({@code stopped}). */
    record MatchFinished(long seq, long at, boolean stopped, List<Standing> standings) implements MatchEvent {
    }

    /** The admin sent a message to everyone in the match; it changes nothing in the market. */
    record MessageBroadcast(long seq, long at, String text, Integer firmId) implements MatchEvent {
    }
}
