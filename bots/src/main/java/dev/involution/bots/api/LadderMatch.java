package dev.involution.bots.api;

import java.util.List;

/**
 * A ladder match: its id, {@code status} ({@code PLAYING} until its result is recorded, then
 * {@code FINISHED}), when it was opened, when it starts ({@code startAt}), when its result was
 * recorded (0 before) and its seats in firm order. Replay it at {@code #/replay/<matchId>}.
 */
public record LadderMatch(String matchId,
                          String status,
                          long openedAt,
                          long startAt,
                          long recordedAt,
                          List<LadderSeat> seats) {
}
