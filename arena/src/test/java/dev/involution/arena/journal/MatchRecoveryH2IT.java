package dev.involution.arena.journal;

import dev.involution.arena.ArenaSettings;

import java.util.function.UnaryOperator;

/** The default journal: the H2 file database in the data directory. */
class MatchRecoveryH2IT extends MatchRecoveryContract {

    @Override
    UnaryOperator<ArenaSettings> database() {
        return UnaryOperator.identity();
    }
}
