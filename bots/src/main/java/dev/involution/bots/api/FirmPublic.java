package dev.involution.bots.api;

/**
 * What everyone sees of a firm: its seat (kind {@code PLAYER} or {@code HOUSE}, the house bot's
 * strategy), status, posted decisions, users, share, cash and quality, the last round in which it
 * acted (0: never) and whether it has said it is ready for the current round (lockstep).
 */
public record FirmPublic(int firmId,
                         String name,
                         String kind,
                         String strategy,
                         String status,
                         long price,
                         long bounty,
                         long users,
                         double share,
                         long cash,
                         double quality,
                         int lastActiveRound,
                         boolean ready) {
}
