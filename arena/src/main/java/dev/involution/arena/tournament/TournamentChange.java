package dev.involution.arena.tournament;

import dev.involution.arena.CborSerializable;
import dev.involution.bots.api.TournamentDelta;

/** What a tournament publishes to its stream's topic after each persisted change: the delta from the previous view. */
public record TournamentChange(String tournamentId, TournamentDelta delta) implements CborSerializable {
}
