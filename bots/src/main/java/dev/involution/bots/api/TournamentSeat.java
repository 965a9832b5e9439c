package dev.involution.bots.api;

/**
 * A seat of a tournament match: an entrant's, or a filler house bot's ({@code entrantId} null,
 * {@code kind} {@code filler}). Once the match is played, {@code rank} (1 wins), {@code score}
 * (final cash in cents) and {@code status} ({@code ACTIVE} or {@code BANKRUPT}) are set; before
 * that rank is 0 and status null.
 */
public record TournamentSeat(String entrantId,
                             String name,
                             String kind,
                             String strategy,
                             int firmId,
                             int rank,
                             long score,
                             String status) {
}
