package dev.involution.bots.api;

import java.util.List;

/**
 * A tournament as of change number {@code seq}: its summary and settings, the entrants, the
 * matches drawn so far (round-robin draws every round at the start, Swiss one round at a time)
 * and the leaderboard. The tournament's WebSocket stream sends it once, then {@link TournamentDelta}s.
 */
public record TournamentView(TournamentSummary summary,
                             long seq,
                             TournamentRequest settings,
                             List<TournamentEntrant> entrants,
                             List<TournamentMatch> matches,
                             List<LeaderboardEntry> leaderboard) {
}
