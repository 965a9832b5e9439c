package dev.involution.bots.api;

/**
 * A seat of a ladder match, in firm order: a player's ({@code kind} {@code player}) or a house bot
 * filling the table ({@code house}, with its strategy; its {@code entrantId} is {@code house:<strategy>}).
 * Once the match is recorded: its place ({@code rank}, 1 wins; 0 before), final cash ({@code score}),
 * {@code status} ({@code ACTIVE}/{@code BANKRUPT}; null before) and whether the firm acted at all
 * ({@code acted}: a player's firm that never acted is a no-show).
 */
public record LadderSeat(int firmId,
                         String entrantId,
                         String name,
                         String kind,
                         String strategy,
                         int rank,
                         long score,
                         String status,
                         boolean acted) {
}
