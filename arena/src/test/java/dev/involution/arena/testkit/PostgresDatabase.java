package dev.involution.arena.testkit;

import dev.involution.arena.ArenaSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, uniquely named database on the test PostgreSQL server, dropped on close, so each run
 * starts from empty tables and runs never see each other's data.
 */
public final class PostgresDatabase implements AutoCloseable {

    private final RequiredServices.PostgresServer server;
    private final String name;

    private PostgresDatabase(RequiredServices.PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public static PostgresDatabase create(RequiredServices.PostgresServer server) throws SQLException {
        String name = "arena_it_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection connection = server.connect()) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return new PostgresDatabase(server, name);
    }

    public String name() {
        return name;
    }

    /** The settings with the journal on this database. */
    public ArenaSettings configure(ArenaSettings settings) {
        return settings
                .with("arena.db.kind", "postgres")
                .with("arena.db.postgres.db.url", server.url(name))
                .with("arena.db.postgres.db.user", server.user())
                .with("arena.db.postgres.db.password", server.password());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server.connect()) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
