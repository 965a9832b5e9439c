package dev.involution.arena.tournament;

/** A tournament's lifecycle: taking entrants, playing (or paused: no new match starts), done. */
public enum TournamentStatus { OPEN, RUNNING, PAUSED, FINISHED }
