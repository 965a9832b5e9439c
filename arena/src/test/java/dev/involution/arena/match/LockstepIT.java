package dev.involution.arena.match;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.ScriptedBots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lockstep rounds change the pace, not the game: the same match (settings, seed) given the same
 * inputs in the same order ends in the same state, whether each round ends as soon as every firm
 * is ready or at its deadline on the clock.
 */
class LockstepIT {
    private static final int ROUNDS = 6;
    private static RunningArena arena;
    private static MatchClient api;
    private static String admin;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
        api = MatchClient.of(arena);
        admin = arena.savedAdminToken();
    }

    @AfterAll
    static void stop() {
        if (arena != null) {
            arena.close();
        }
    }

    private static String match(boolean lockstep, long roundMillis) {
        return api.createMatch(admin, "{\"name\":\"pace\",\"rounds\":" + ROUNDS + ",\"roundMillis\":" + roundMillis
                + ",\"seats\":4,\"seed\":20261204,\"policy\":\"guardrails\",\"lockstep\":" + lockstep + "}");
    }

    /** Four bots; firms are named after their players, so both sets have the same names (the state hash counts them). */
    private static ScriptedBots bots() {
        return new ScriptedBots(api, List.of(arena.register("pace-1").token(), arena.register("pace-2").token(),
                arena.register("pace-3").token(), arena.register("pace-4").token()));
    }

    @Test
    void theSameInputsEndInTheSameStateInLockstepAndOnTheClock() throws InterruptedException {
        String stepped = match(true, 600_000);
        String clocked = match(false, 1_500);
        ScriptedBots a = bots();
        ScriptedBots b = bots();
        a.join(stepped);
        b.join(clocked);

        ScriptedBots.Played lockstep = a.play(admin, stepped, true, Duration.ofMinutes(2));
        ScriptedBots.Played wallClock = b.play(admin, clocked, false, Duration.ofMinutes(2));

        assertThat(lockstep.rounds()).isEqualTo(ROUNDS);
        assertThat(wallClock.rounds()).isEqualTo(ROUNDS);
        assertThat(lockstep.stateHash()).as("final state hash").isEqualTo(wallClock.stateHash());
        assertThat(api.details(stepped).get("standings")).isEqualTo(api.details(clocked).get("standings"));
        long readies = api.events(stepped).stream().filter(e -> e.get("type").asText().equals("firm-ready")).count();
        assertThat(readies).as("every bot said ready every round").isEqualTo(4L * ROUNDS);
    }
}
