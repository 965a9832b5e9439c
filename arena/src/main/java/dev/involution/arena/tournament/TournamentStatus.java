package dev.involution.arena.tournament;

/**
 * A tournament's lifecycle: taking entrants, playing (or paused: no new match starts), stopping
 * (ended early by the admin: no new match starts, and it finishes once the matches in play have
 * ended), done.
 */
public enum TournamentStatus { OPEN, RUNNING, PAUSED, STOPPING, FINISHED }
