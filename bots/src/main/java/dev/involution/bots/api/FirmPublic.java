package dev.involution.bots.api;

/**
 * What everyone sees of a firm: its seat (kind {@code PLAYER} or {@code HOUSE}, the house bot's
 * strategy), status, posted decisions, users, share, cash and quality.
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
                         double quality) {
}
