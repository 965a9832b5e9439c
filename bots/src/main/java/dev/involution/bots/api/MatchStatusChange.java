package dev.involution.bots.api;

/** A match's status after an admin control (start, pause, resume, stop). */
public record MatchStatusChange(String matchId, String status) {
}
