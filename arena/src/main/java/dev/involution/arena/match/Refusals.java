package dev.involution.arena.match;

import dev.involution.arena.engine.ResultCode;

/** The refusals every kind of match command shares, and the checks that produce them. */
final class Refusals {

    private Refusals() {
    }

    static Rejection noSuchMatch() {
        return Rejection.of(Rejection.Kind.NOT_FOUND, "UNKNOWN_MATCH", "no match with this id");
    }

    static Rejection noSeat() {
        return Rejection.of(Rejection.Kind.FORBIDDEN, "NO_SEAT", "you hold no seat in this match; join it first");
    }

    static Rejection keyReused(String field) {
        return new Rejection(Rejection.Kind.KEY_REUSED, "IDEMPOTENCY_KEY_REUSED",
                "this key was already used for a different request", field);
    }

    static Rejection notIn(MatchStatus status, String action) {
        return Rejection.of(Rejection.Kind.CONFLICT, "MATCH_" + status.name(),
                "cannot " + action + " a match that is " + status.name().toLowerCase());
    }

    /** Whether the match exists and the player holds a seat in it: null if so, else the refusal. */
    static Rejection checkSeat(MatchState state, String playerId) {
        if (!state.created()) {
            return noSuchMatch();
        }
        return state.firmOf(playerId) == null ? noSeat() : null;
    }

    /**
     * Whether an order meant for {@code round} (null: any) may be placed in the match's current
     * round: null if so; an order for a round that is over is refused, and so never placed twice
     * when it is a retry from beyond the idempotency window.
     */
    static Rejection checkOrderRound(MatchState state, Integer round) {
        int current = state.market().round();
        if (round == null || round == current) {
            return null;
        }
        return round < current
                ? new Rejection(Rejection.Kind.CONFLICT, "ROUND_OVER", "this order was meant for round " + round
                        + ", which is over (the match is in round " + current + "); nothing was placed", "round")
                : new Rejection(Rejection.Kind.CONFLICT, "ROUND_NOT_OPEN", "this order is meant for round " + round
                        + ", which has not opened (the match is in round " + current + "); nothing was placed", "round");
    }

    /** The match has more orders waiting than it admits; the order was not placed. */
    static Rejection overloaded() {
        return Rejection.of(Rejection.Kind.OVERLOADED, "MATCH_OVERLOADED",
                "the match has more orders waiting than it admits; nothing was placed, try again shortly");
    }

    static Rejection orderIdsUsedUp() {
        return new Rejection(Rejection.Kind.CONFLICT, "CLIENT_ORDER_IDS_USED_UP", "a firm may use at most "
                + IdempotencyWindow.MAX_ORDER_IDS_PER_ROUND + " client order ids a round; wait for the next round"
                + " or send orders without one", "clientOrderId");
    }

    /**
     * Whether orders can be placed and cancelled now: null if so, else the refusal. Checked after
     * idempotent retries, which get their original answer whatever the match does now.
     */
    static Rejection checkTrading(MatchState state) {
        return switch (state.status()) {
            case OPEN -> Rejection.of(ResultCode.MATCH_NOT_STARTED);
            case PAUSED -> Rejection.of(Rejection.Kind.CONFLICT, "MATCH_PAUSED",
                    "the match is paused; trading resumes when it resumes");
            case FINISHED -> Rejection.of(ResultCode.MATCH_FINISHED);
            case RUNNING -> null;
        };
    }
}
