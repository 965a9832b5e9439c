package dev.involution.arena.tournament;

import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.FreshPostgres;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The production journal: PostgreSQL, on a fresh database per run. */
class TournamentsSurviveRestartPostgresIT extends TournamentsSurviveRestartContract {

    @RegisterExtension
    static final FreshPostgres POSTGRES = new FreshPostgres();

    @Override
    UnaryOperator<ArenaSettings> database() {
        return POSTGRES::configure;
    }
}
