package dev.involution.bots.api;

/**
 * The answer to a ready: the round it counts for (0: the start of a scheduled match), how many
 * firms the round still waits for (0: it has ended, or the match has started) and whether the
 * match is in lockstep (if not, rounds end only at their deadline and a ready changes nothing).
 */
public record ReadyAnswer(String matchId, int round, int waitingFor, boolean lockstep) {
}
