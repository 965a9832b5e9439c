package dev.involution.arena.testkit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * External services that some integration tests need (PostgreSQL now, Chromium later). When a
 * service is unreachable the test is skipped, visibly (printed, and as the assumption's message),
 * unless {@code ARENA_REQUIRE_SERVICES=true} (or {@code -Darena.requireServices=true}) is set, as
 * CI does: then it fails.
 */
public final class RequiredServices {

    /** The PostgreSQL that CI runs: 127.0.0.1:5432, database {@code test}, user {@code postgres}, trust auth. */
    public static final PostgresServer POSTGRES =
            new PostgresServer("jdbc:postgresql://127.0.0.1:5432/", "test", "postgres", "");

    private RequiredServices() {
    }

    /** Coordinates of a reachable PostgreSQL server. */
    public record PostgresServer(String baseUrl, String database, String user, String password) {
        public String url(String databaseName) {
            return baseUrl + databaseName + "?connectTimeout=5";
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url(database), user, password);
        }
    }

    /** The PostgreSQL server, once it answered {@code select 1}; else skip (or fail, when required). */
    public static PostgresServer postgres() {
        return require("PostgreSQL at 127.0.0.1:5432 (database test, user postgres)", () -> {
            try (Connection connection = POSTGRES.connect()) {
                connection.createStatement().execute("select 1");
            }
            return POSTGRES;
        });
    }

    /** Whether unreachable services fail tests instead of skipping them. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getenv("ARENA_REQUIRE_SERVICES"))
                || Boolean.getBoolean("arena.requireServices");
    }

    /**
     * The result of {@code probe}; if it throws, the calling test is skipped with a printed
     * message, or fails when services are {@link #required()}.
     */
    public static <T> T require(String service, Callable<T> probe) {
        return require(service, probe, required());
    }

    static <T> T require(String service, Callable<T> probe, boolean required) {
        try {
            return probe.call();
        } catch (Exception e) {
            String message = service + " is unreachable: " + e;
            if (required) {
                return Assertions.fail(message + " (ARENA_REQUIRE_SERVICES=true: failing instead of skipping)", e);
            }
            System.out.println("SKIPPED: " + message + " (set ARENA_REQUIRE_SERVICES=true to fail instead)");
            Assumptions.abort(message);
            throw new AssertionError("unreachable");
        }
    }
}
