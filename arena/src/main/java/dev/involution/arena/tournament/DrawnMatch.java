package dev.involution.arena.tournament;

import java.util.List;

/**
 * A match of the schedule: its number (from 1), tournament round, seed and seats in firm order
 * (house bots first, as a match seats them at creation, then players in the order they are seated).
 */
public record DrawnMatch(int number, int round, long seed, List<SeatPlan> seats) {

    public DrawnMatch {
        seats = List.copyOf(seats);
    }
}
