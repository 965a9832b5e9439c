package dev.involution.bots.api;

/**
 * A line of a leaderboard, best first. {@code mu} and {@code sigma} are the Weng-Lin skill
 * estimate and its uncertainty; {@code rating} = mu - 3 sigma is what ranks (a conservative
 * estimate, so a few lucky matches do not top the board). {@code wins} counts first places,
 * {@code meanRank} the mean place among the match's seats and {@code meanScore} the mean final
 * cash in cents.
 */
public record LeaderboardEntry(int rank,
                               String entrantId,
                               String name,
                               String kind,
                               double mu,
                               double sigma,
                               double rating,
                               int matches,
                               int wins,
                               double meanRank,
                               long meanScore) {
}
