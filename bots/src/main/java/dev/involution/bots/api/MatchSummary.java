package dev.involution.bots.api;

/**
 * One line of the match list. {@code deadline} is the end of the current round in epoch ms (0 if
 * none); {@code tournamentId} names the tournament the match belongs to (null if none).
 */
public record MatchSummary(String matchId,
                           String name,
                           String status,
                           int round,
                           int rounds,
                           long roundMillis,
                           int seats,
                           int firms,
                           String policy,
                           boolean demo,
                           long deadline,
                           String tournamentId) {
}
