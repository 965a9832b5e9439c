package dev.involution.bots.api;

/**
 * A registered entrant: a player (a student in the browser or an external bot; {@code entrantId}
 * is the player id) or a house bot ({@code kind} {@code house}, {@code strategy} names it).
 */
public record TournamentEntrant(String entrantId, String name, String kind, String strategy) {
}
