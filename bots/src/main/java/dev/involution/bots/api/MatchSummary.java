package dev.involution.bots.api;

/**
 * One line of the match list. {@code deadline} is the end of the current round in epoch ms (0 if
 * none); {@code tournamentId} names the tournament the match belongs to (null if none);
 * {@code practice} marks a player's own practice match against house bots (its seat is taken, no
 * one else may join); {@code archived} a finished match the admin put away (the list leaves it out
 * unless asked for); {@code lockstep} says whether a round ends as soon as every firm is ready;
 * {@code startAt} is when an OPEN match starts by itself (epoch ms; 0 if an admin starts it).
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
                           String tournamentId,
                           boolean practice,
                           boolean archived,
                           boolean lockstep,
                           long startAt) {

    /** The same line, archived or not. */
    public MatchSummary withArchived(boolean now) {
        return new MatchSummary(matchId, name, status, round, rounds, roundMillis, seats, firms, policy, demo, deadline,
                tournamentId, practice, now, lockstep, startAt);
    }
}
