package dev.involution.arena.match;

import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.regulator.Intervention;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a match refused a command, in terms the edge can map to an HTTP status: the kind of refusal,
 * a stable code, a sentence for the player, the request field at fault (or null), for a rule of
 * the regulator the last round it holds (or null), and the numbers that say how to fix it (by the
 * names in {@link #NUMBERS}; empty when there are none).
 */
public record Rejection(Kind kind, String code, String message, String field, Integer untilRound,
                        Map<String, Long> numbers) implements CborSerializable {

    /**
     * The numbers a refusal may carry: the quantity the order could have had ({@code allowedQuantity}),
     * the cash not committed to resting bids and the cash the order needs ({@code freeCash},
     * {@code neededCash}), the capacity not committed to asks ({@code freeCapacity}), a share cap's
     * limit in basis points of users ({@code cap}) and the round being played ({@code currentRound}).
     */
    public static final List<String> NUMBERS = List.of("allowedQuantity", "freeCash", "neededCash", "freeCapacity",
            "cap", "currentRound");

    public Rejection {
        numbers = numbers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        for (String name : numbers.keySet()) {
            if (!NUMBERS.contains(name)) {
                throw new IllegalArgumentException("not a refusal number: " + name);
            }
        }
    }

    public Rejection(Kind kind, String code, String message, String field, Integer untilRound) {
        this(kind, code, message, field, untilRound, Map.of());
    }

    public Rejection(Kind kind, String code, String message, String field) {
        this(kind, code, message, field, null);
    }

    /** This refusal with the numbers that say how to fix it. */
    public Rejection withNumbers(Map<String, Long> more) {
        Map<String, Long> all = new LinkedHashMap<>(numbers);
        all.putAll(more);
        return new Rejection(kind, code, message, field, untilRound, all);
    }

    public enum Kind {
        /** No such match, order or seat. */
        NOT_FOUND,
        /** The player may not do this (not its firm, not its order, no seat). */
        FORBIDDEN,
        /** Not possible in the match's current lifecycle state. */
        CONFLICT,
        /** Against the rules of the market (cash, capacity, bounds). */
        INVALID,
        /** An idempotency key reused with a different request. */
        KEY_REUSED,
        /** The match has too many commands waiting; nothing was done, try again shortly. */
        OVERLOADED
    }

    public static Rejection of(ResultCode code) {
        Kind kind = switch (code) {
            case UNKNOWN_ORDER, UNKNOWN_FIRM -> Kind.NOT_FOUND;
            case NOT_ORDER_OWNER -> Kind.FORBIDDEN;
            case MATCH_FULL, MATCH_FINISHED, MATCH_NOT_STARTED, NOT_ENOUGH_FIRMS, FIRM_BANKRUPT -> Kind.CONFLICT;
            default -> Kind.INVALID;
        };
        String field = switch (code) {
            case INVALID_QUANTITY -> "quantity";
            case INVALID_PRICE, INVALID_DECISION_PRICE -> "price";
            case INVALID_BOUNTY -> "bounty";
            case INVALID_RND -> "rnd";
            case INVALID_MODEL, NO_PUBLIC_MODEL -> "model";
            case INVALID_FOCUS -> "focus";
            case INVALID_LICENSOR -> "licensor";
            case INVALID_LICENSE_FEE -> "licenseFee";
            case INVALID_SAFETY -> "safety";
            case CONSORTIUM_BANNED -> "consortium";
            default -> null;
        };
        return new Rejection(kind, code.name(), code.description(), field);
    }

    /** Whether the code says the request's shape was wrong (a field out of bounds), not a rule of the market. */
    public boolean malformed() {
        return kind == Kind.INVALID && code.startsWith("INVALID_");
    }

    /** A refusal because an intervention of the regulator forbids it, naming the rule and until when it holds. */
    public static Rejection byRule(ResultCode code, Intervention rule, String field) {
        return new Rejection(Kind.INVALID, code.name(), code.description() + ": " + rule.reason(), field,
                rule.untilRound());
    }

    public static Rejection of(Kind kind, String code, String message) {
        return new Rejection(kind, code, message, null);
    }
}
