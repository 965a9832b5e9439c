package dev.involution.arena.testkit;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;

import java.util.function.UnaryOperator;

/**
 * A real arena with a match in play: created by the admin with the longest rounds (it stays in
 * round 1 through a test), Alice and Bob seated, Carol registered without a seat, and started.
 *
 * @param admin the admin's token
 */
public record MatchInPlay(RunningArena arena, MatchClient api, String admin, RunningArena.Registered alice,
                          RunningArena.Registered bob, RunningArena.Registered carol, String matchId)
        implements AutoCloseable {

    /** A configuration whose match stays in round 1 through any test. */
    public static final String LONG_ROUNDS = "{\"name\":\"Test match\",\"roundMillis\":600000,\"seats\":4}";

    public static MatchInPlay start(UnaryOperator<ArenaSettings> customize) {
        RunningArena arena = RunningArena.start(customize, ArenaModules.standard());
        try {
            MatchClient api = MatchClient.of(arena);
            String admin = arena.savedAdminToken();
            RunningArena.Registered alice = api.register("Alice");
            RunningArena.Registered bob = api.register("Bob");
            RunningArena.Registered carol = api.register("Carol");
            MatchInPlay table = new MatchInPlay(arena, api, admin, alice, bob, carol, null);
            return new MatchInPlay(arena, api, admin, alice, bob, carol, table.newMatch());
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** Another match like the first: long rounds, Alice and Bob seated, started; its id. */
    public String newMatch() {
        String matchId = api.createMatch(admin, LONG_ROUNDS);
        api.join(alice.token(), matchId);
        api.join(bob.token(), matchId);
        api.control(admin, matchId, "start");
        return matchId;
    }

    /** The path of this match's resource, e.g. {@code path("/orders")}. */
    public String path(String suffix) {
        return "/api/matches/" + matchId + suffix;
    }

    @Override
    public void close() {
        arena.close();
    }
}
