package dev.involution.bots.api;

import java.util.List;

/**
 * How the ladder makes its matches: seats per match, rounds, round length (the deadline of a
 * lockstep round), whether rounds are in lockstep, the delay between a match being opened and its
 * start, the longest wait for a full table before house bots ({@code houseBots}) fill it, how many
 * matches run at once, how many matches one player may play at once, and after how many matches in
 * a row without acting a player is paused (the no-show rule).
 */
public record LadderSettingsView(int seats,
                                 int rounds,
                                 long roundMillis,
                                 boolean lockstep,
                                 long startDelayMillis,
                                 long maxWaitMillis,
                                 int maxMatches,
                                 int matchesPerPlayer,
                                 int pauseAfterMisses,
                                 String policy,
                                 List<String> houseBots) {
}
