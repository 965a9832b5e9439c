package dev.involution.arena.tournament;

/**
 * A seat of a tournament match, in firm order: an entrant's ({@code entrantId} set) or a filler
 * house bot's ({@code entrantId} null). {@code strategy} names the house strategy of house seats.
 */
public record SeatPlan(String entrantId, String name, String strategy) {

    public boolean filler() {
        return entrantId == null;
    }

    /** Whether a house bot plays the seat (a house entrant or a filler), so the match seats it at creation. */
    public boolean houseBot() {
        return strategy != null;
    }
}
