package dev.involution.arena.match;

import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.FreshPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.function.UnaryOperator;

/** The production journal: PostgreSQL, on a fresh database per run. */
class MatchesSurviveRestartPostgresIT extends MatchesSurviveRestartContract {

    @RegisterExtension
    static final FreshPostgres POSTGRES = new FreshPostgres();

    @Override
    UnaryOperator<ArenaSettings> database() {
        return POSTGRES::configure;
    }
}
