package dev.involution.arena.ladder;

import com.typesafe.config.Config;
import dev.involution.arena.CborSerializable;
import dev.involution.bots.api.LadderSettingsView;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.time.Duration;
import java.util.List;

/**
 * How the ladder makes its matches ({@code arena.ladder} in the configuration): seats per match,
 * rounds, round length, lockstep, start delay, the longest wait before house bots fill a table, how
 * many matches at once, how many at once per player, after how many no-shows in a row a player is
 * paused, the regulator's policy, the house bots that fill tables and how often it looks.
 */
public record LadderSettings(int seats,
                             int rounds,
                             long roundMillis,
                             boolean lockstep,
                             long startDelayMillis,
                             long maxWaitMillis,
                             int maxMatches,
                             int matchesPerPlayer,
                             int pauseAfterMisses,
                             String policy,
                             List<String> houseBots,
                             long tickMillis) implements CborSerializable {

    public LadderSettings {
        houseBots = List.copyOf(houseBots);
        if (seats < 2 || rounds < 1 || roundMillis < 100 || maxMatches < 1 || matchesPerPlayer < 1
                || pauseAfterMisses < 1 || houseBots.isEmpty() || tickMillis < 10) {
            throw new IllegalArgumentException("invalid ladder settings: " + this);
        }
        for (String bot : houseBots) {
            if (!BuiltInStrategies.exists(bot)) {
                throw new IllegalArgumentException("arena.ladder.house-bots: unknown strategy " + bot);
            }
        }
    }

    public static LadderSettings from(Config ladder) {
        return new LadderSettings(ladder.getInt("seats"), ladder.getInt("rounds"), millis(ladder, "round-length"),
                ladder.getBoolean("lockstep"), millis(ladder, "start-delay"), millis(ladder, "max-wait"),
                ladder.getInt("max-matches"), ladder.getInt("matches-per-player"), ladder.getInt("pause-after-misses"),
                ladder.getString("policy"), ladder.getStringList("house-bots"), millis(ladder, "tick"));
    }

    private static long millis(Config config, String path) {
        Duration d = config.getDuration(path);
        return d.toMillis();
    }

    public LadderSettingsView view() {
        return new LadderSettingsView(seats, rounds, roundMillis, lockstep, startDelayMillis, maxWaitMillis, maxMatches,
                matchesPerPlayer, pauseAfterMisses, policy, houseBots);
    }
}
