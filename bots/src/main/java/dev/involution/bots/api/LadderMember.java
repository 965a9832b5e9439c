package dev.involution.bots.api;

/**
 * A player's place on the ladder: {@code status} is {@code waiting} (for its next match),
 * {@code playing} (in as many matches as it may play at once), {@code paused} (by the no-show
 * rule after {@code misses} matches in a row without acting: join again to come back) or
 * {@code left}; {@code matchesInPlay} of its matches are being played; it has waited since
 * {@code waitingSince} (epoch ms; 0 unless waiting); {@code standing} is its line of the standings.
 */
public record LadderMember(String playerId,
                           String name,
                           String status,
                           int misses,
                           int matchesInPlay,
                           long waitingSince,
                           LeaderboardEntry standing) {
}
