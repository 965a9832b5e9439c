package dev.involution.arena.match;

import dev.involution.arena.ArenaSettings;

import java.util.function.UnaryOperator;

/** The default journal: the H2 file database in the data directory. */
class MatchesSurviveRestartH2IT extends MatchesSurviveRestartContract {

    @Override
    UnaryOperator<ArenaSettings> database() {
        return UnaryOperator.identity();
    }
}
