package dev.involution.bots.api;

import java.util.List;

/** One entrant of the ladder (a player or a house bot): its standing, its rating after every match, oldest first, and its last matches, newest first. */
public record LadderPlayer(String entrantId,
                           String name,
                           String kind,
                           LeaderboardEntry standing,
                           List<RatingPoint> history,
                           List<LadderMatch> matches) {
}
