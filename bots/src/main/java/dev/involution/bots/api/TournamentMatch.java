package dev.involution.bots.api;

import java.util.List;

/**
 * A match of a tournament: its number (from 1, in schedule order), tournament round, the arena
 * match id once created (live mode; always null in fast mode), status ({@code SCHEDULED},
 * {@code RUNNING}, {@code FINISHED} or {@code CANCELLED}: not played, the tournament was stopped
 * early), the seed it is played with and its seats in firm order.
 */
public record TournamentMatch(int number,
                              int round,
                              String matchId,
                              String status,
                              long seed,
                              List<TournamentSeat> seats,
                              long startAt) {
}
