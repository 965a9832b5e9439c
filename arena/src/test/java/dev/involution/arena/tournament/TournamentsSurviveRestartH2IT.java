package dev.involution.arena.tournament;

import dev.involution.arena.ArenaSettings;
import java.util.function.UnaryOperator;

/** The default journal: the H2 file database in the data directory. */
class TournamentsSurviveRestartH2IT extends TournamentsSurviveRestartContract {

    @Override
    UnaryOperator<ArenaSettings> database() {
        return UnaryOperator.identity();
    }
}
