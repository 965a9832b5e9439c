package dev.involution.arena.bench;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.ScriptedBots;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: how long 60 rounds take with 4 bots that answer at once, in lockstep
 * (a round ends as soon as all four are ready) against the same match on the clock at the shortest
 * round length (100 ms), side by side on one arena (docs/BENCHMARKS.md, "Lockstep rounds"). Run by
 * {@code bench/lockstep.sh [--rounds=60] [--repeats=3]}. The bots on the clock may miss a round when the
 * machine cannot answer within 100 ms; the table says whether both ended in the same state.
 */
public final class LockstepBench {

    private LockstepBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int rounds = (int) options.getLong("rounds", 60);
        int repeats = (int) options.getLong("repeats", 3);
        try (RunningArena arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("akka.loglevel", "WARNING"), ArenaModules.standard())) {
            MatchClient api = MatchClient.of(arena);
            String admin = arena.savedAdminToken();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                ScriptedBots.Played stepped = run(arena, api, admin, rounds, true);
                ScriptedBots.Played clocked = run(arena, api, admin, rounds, false);
                lines.add(String.format(Locale.ROOT, "| %d | %d | %.2f s | %.1f | %.2f s | %.2f x | %s |", i + 1, rounds,
                        stepped.took().toMillis() / 1000.0, rounds * 1000.0 / stepped.took().toMillis(),
                        clocked.took().toMillis() / 1000.0,
                        (double) clocked.took().toMillis() / stepped.took().toMillis(),
                        stepped.stateHash() == clocked.stateHash() ? "equal" : "DIFFERENT"));
            }
            System.out.println("| run | rounds | lockstep, 4 bots | rounds/s | on the clock, 100 ms rounds | speed-up | final state hash |");
            System.out.println("|---|---|---|---|---|---|---|");
            lines.forEach(System.out::println);
        }
    }

    private static ScriptedBots.Played run(RunningArena arena, MatchClient api, String admin, int rounds,
                                           boolean lockstep) throws InterruptedException {
        String matchId = api.createMatch(admin, "{\"name\":\"bench\",\"rounds\":" + rounds + ",\"roundMillis\":"
                + (lockstep ? 60_000 : 100) + ",\"seats\":4,\"seed\":7,\"lockstep\":" + lockstep + "}");
        ScriptedBots bots = new ScriptedBots(api, List.of(arena.register("b1").token(), arena.register("b2").token(),
                arena.register("b3").token(), arena.register("b4").token()), !lockstep);
        bots.join(matchId);
        return bots.play(admin, matchId, lockstep, Duration.ofMinutes(10));
    }
}
