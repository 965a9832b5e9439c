package dev.involution.arena.join;

import dev.involution.arena.CborSerializable;

/** What a join code leads to: a match or a tournament, by id. */
public record JoinTarget(Kind kind, String id) implements CborSerializable {

    public enum Kind { MATCH, TOURNAMENT }

    public static JoinTarget match(String matchId) {
        return new JoinTarget(Kind.MATCH, matchId);
    }

    public static JoinTarget tournament(String tournamentId) {
        return new JoinTarget(Kind.TOURNAMENT, tournamentId);
    }
}
