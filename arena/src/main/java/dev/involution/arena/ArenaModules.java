package dev.involution.arena;

import java.util.List;

/** The modules {@code java -jar arena.jar} runs, besides the built-in operations and player routes. */
public final class ArenaModules {

    private ArenaModules() {
    }

    /**
     * The production module list. This is the extension point for features: the match module
     * (the {@code Match} entity's sharding init, the demo match of house bots and the
     * {@code /api/matches/...} REST and WebSocket routes) is added here as one
     * {@link ArenaModule}. Routes are tried in list order after {@code /health}, {@code /metrics}
     * and {@code /api/players}.
     */
    public static List<ArenaModule> standard() {
        return List.of();
    }
}
