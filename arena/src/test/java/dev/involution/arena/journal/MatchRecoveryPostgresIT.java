package dev.involution.arena.journal;

import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.PostgresDatabase;
import dev.involution.arena.testkit.RequiredServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.function.UnaryOperator;

/** The production journal: PostgreSQL, on a fresh database per run. */
class MatchRecoveryPostgresIT extends MatchRecoveryContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void createDatabase() throws Exception {
        database = PostgresDatabase.create(RequiredServices.postgres());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    UnaryOperator<ArenaSettings> database() {
        return database::configure;
    }
}
