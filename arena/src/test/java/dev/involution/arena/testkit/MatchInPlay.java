package dev.involution.arena.testkit;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.UnaryOperator;

/**
 * A real arena with a match in play, for the tests of a class: the match is created by the admin
 * with the longest rounds (it stays in round 1 through the tests), Alice and Bob are seated, Carol
 * is registered without a seat, and it is started.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MatchInPlay table = MatchInPlay.with(settings -> settings.with("arena.demo.enabled", false));
 * ... table.api().bid(table.alice().token(), table.matchId(), 100, 1, null) ...
 * }</pre>
 */
public final class MatchInPlay implements BeforeAllCallback, AfterAllCallback {

    /** A configuration whose match stays in round 1 through any test. */
    public static final String LONG_ROUNDS = "{\"name\":\"Test match\",\"roundMillis\":600000,\"seats\":4}";

    private final UnaryOperator<ArenaSettings> customize;
    private RunningArena arena;
    private MatchClient api;
    private String admin;
    private RunningArena.Registered alice;
    private RunningArena.Registered bob;
    private RunningArena.Registered carol;
    private String matchId;

    private MatchInPlay(UnaryOperator<ArenaSettings> customize) {
        this.customize = customize;
    }

    /** A match in play on an arena with these settings (and the production modules). */
    public static MatchInPlay with(UnaryOperator<ArenaSettings> customize) {
        return new MatchInPlay(customize);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        arena = RunningArena.start(customize, ArenaModules.standard());
        api = MatchClient.of(arena);
        admin = arena.savedAdminToken();
        alice = api.register("Alice");
        bob = api.register("Bob");
        carol = api.register("Carol");
        matchId = newMatch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (arena != null) {
            arena.close();
        }
    }

    /** Another match like the first: long rounds, Alice and Bob seated, started; its id. */
    public String newMatch() {
        String id = api.createMatch(admin, LONG_ROUNDS);
        api.join(alice.token(), id);
        api.join(bob.token(), id);
        api.control(admin, id, "start");
        return id;
    }

    /** The path of the match's resource, e.g. {@code path("/orders")}. */
    public String path(String suffix) {
        return "/api/matches/" + matchId + suffix;
    }

    public RunningArena arena() {
        return arena;
    }

    public MatchClient api() {
        return api;
    }

    /** The admin's token. */
    public String admin() {
        return admin;
    }

    public RunningArena.Registered alice() {
        return alice;
    }

    public RunningArena.Registered bob() {
        return bob;
    }

    public RunningArena.Registered carol() {
        return carol;
    }

    public String matchId() {
        return matchId;
    }
}
