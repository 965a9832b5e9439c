package dev.involution.bots.api;

/**
 * One line of the tournament list. {@code status} is {@code OPEN} (taking entrants),
 * {@code RUNNING}, {@code PAUSED} (no new match starts), {@code STOPPING} (ended early: the matches
 * in play finish, the rest are cancelled) or {@code FINISHED}; {@code round} is the
 * tournament round being played (0 before the start).
 */
public record TournamentSummary(String tournamentId,
                                String name,
                                String format,
                                String mode,
                                String status,
                                int round,
                                int rounds,
                                int entrants,
                                int seatsPerMatch,
                                int matchesPlayed,
                                int matchesTotal,
                                long createdAt) {
}
