package dev.involution.arena;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import dev.involution.arena.journal.JournalDatabase;

import java.nio.file.Path;

/**
 * How to configure one arena: {@code application.conf} (with its {@code ARENA_*} environment
 * overrides) under a layer of explicit overrides. {@link #fromEnvironment()} is what {@code Main}
 * runs with; tests start from it and override the port, the data directory or the limits.
 */
public final class ArenaSettings {

    private final Config overrides;

    private ArenaSettings(Config overrides) {
        this.overrides = overrides;
    }

    /** The configuration files and the {@code ARENA_*} environment variables, nothing else. */
    public static ArenaSettings fromEnvironment() {
        return new ArenaSettings(ConfigFactory.empty());
    }

    /** Overrides one configuration path (e.g. {@code arena.http.rate-limit.per-second}). */
    public ArenaSettings with(String path, Object value) {
        return new ArenaSettings(ConfigValueFactory.fromAnyRef(value).atPath(path).withFallback(overrides));
    }

    public ArenaSettings withHttpPort(int port) {
        return with("arena.http.port", port);
    }

    public ArenaSettings withDataDir(Path dataDir) {
        return with("arena.data-dir", dataDir.toString());
    }

    /**
     * The complete, resolved configuration: reference.conf, application.conf, environment
     * variables, system properties and these overrides; the data directory made absolute and the
     * chosen journal database in place.
     */
    public Config load() {
        Config application = overrides.withFallback(ConfigFactory.parseResourcesAnySyntax("application"));
        Path dataDir = Path.of(ConfigFactory.load(application).getString("arena.data-dir"))
                .toAbsolutePath().normalize();
        Config resolved = ConfigFactory.load(
                ConfigValueFactory.fromAnyRef(dataDir.toString()).atPath("arena.data-dir").withFallback(application));
        return JournalDatabase.select(resolved).withFallback(resolved);
    }
}
