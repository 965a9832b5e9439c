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
