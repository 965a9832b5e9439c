package dev.involution.arena;

import java.util.function.UnaryOperator;

/** The default journal: the H2 file database in the data directory. */
class PlayersSurviveRestartH2IT extends PlayersSurviveRestartContract {

    @Override
    UnaryOperator<ArenaSettings> database() {
        return UnaryOperator.identity();
    }
}
