package dev.involution.bots.api;

import java.util.List;

/**
 * The ladder: how its matches are made ({@code settings}), how many players are on it
 * ({@code members}; {@code waiting} of them for a match, {@code paused} by the no-show rule),
 * the matches being played, the standings (best first, Weng-Lin {@code rating} = mu - 3 sigma)
 * and the last matches recorded (newest first).
 */
public record LadderView(LadderSettingsView settings,
                         int members,
                         int waiting,
                         int paused,
                         int matchesPlayed,
                         List<LadderMatch> playing,
                         List<LeaderboardEntry> standings,
                         List<LadderMatch> recent) {
}
