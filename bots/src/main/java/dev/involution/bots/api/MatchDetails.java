package dev.involution.bots.api;

import java.util.List;

/**
 * The public view of a match as of stream sequence {@code seq}: its summary, every firm, the last
 * settled round, the regulator's interventions in force and, once finished, the standings. {@code stateHash} fingerprints the whole market
 * state: a replay of the event history up to {@code seq} must reach the same hash.
 */
public record MatchDetails(MatchSummary summary,
                           long seq,
                           long stateHash,
                           long seed,
                           long remainingMillis,
                           List<FirmPublic> firms,
                           RoundResult lastRound,
                           List<InterventionView> interventions,
                           List<FinalStanding> standings) {
}
