package dev.involution.arena.testkit;

import dev.involution.arena.ArenaSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL database for the journal of a test class, dropped after it. The class is
 * skipped when the server is unreachable, or fails when services are required (see
 * {@link RequiredServices}).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FreshPostgres POSTGRES = new FreshPostgres();
 * ... RunningArena.start(POSTGRES::configure) ...
 * }</pre>
 */
public final class FreshPostgres implements BeforeAllCallback, AfterAllCallback {

    private PostgresDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        database = PostgresDatabase.create(RequiredServices.postgres());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The settings with the journal on this class's database. */
    public ArenaSettings configure(ArenaSettings settings) {
        if (database == null) {
            throw new IllegalStateException("the database exists only while the test class runs");
        }
        return database.configure(settings);
    }
}
