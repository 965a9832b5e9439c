package dev.involution.arena;

import dev.involution.arena.http.WebRoutes;
import java.util.List;

/** The modules {@code java -jar arena.jar} runs, besides the built-in operations and player routes. */
public final class ArenaModules {

    private ArenaModules() {
    }

    /**
     * The production module list, the extension point for features. Routes are tried in list
     * order after {@code /health}, {@code /metrics} and {@code /api/players}; the browser arena's
     * pages and assets come last.
     */
    public static List<ArenaModule> standard() {
        return List.of(new MatchModule(), new TournamentModule(), new JoinModule(), new LadderModule(), web());
    }

    /** The browser arena at {@code /}: static pages and scripts that use the public API. */
    public static ArenaModule web() {
        return context -> new WebRoutes().route();
    }
}
