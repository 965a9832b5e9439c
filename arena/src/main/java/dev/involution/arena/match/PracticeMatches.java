package dev.involution.arena.match;

import com.typesafe.config.Config;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.bots.api.MatchSummary;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Practice against house bots: a match of a player's own, at a pace a person can play (the
 * classroom round length by default), with the player's seat taken at creation (no one else may
 * join) and started at once. A player has one practice match at a time: asking again while it is
 * being played answers the same match. At most {@code arena.practice.max-playing} practice matches
 * are played at once.
 */
public final class PracticeMatches {

    /** What a practice match is made of ({@code arena.practice} in the configuration). */
    public record Settings(List<String> houseBots, String policy, int rounds, long roundMillis, int maxPlaying) {

        public static Settings from(Config config) {
            Config c = config.getConfig("arena.practice");
            return new Settings(c.getStringList("house-bots"), c.getString("policy"), c.getInt("rounds"),
                    c.getDuration("round-length", java.util.concurrent.TimeUnit.MILLISECONDS), c.getInt("max-playing"));
        }
    }

    /** The answer: the player's practice match and seat, whether it was made now, or why there is none. */
    public sealed interface Outcome {
    }

    public record Seated(String matchId, int firmId, boolean created) implements Outcome {
    }

    /** Too many practice matches are being played right now. */
    public record Full(int playing) implements Outcome {
    }

    private final Matches matches;
    private final Settings settings;

    /** Practice matches with these settings; settings that could not make a match are refused at once. */
    public PracticeMatches(Matches matches, Settings settings) {
        this.matches = matches;
        this.settings = settings;
        List<dev.involution.arena.engine.ConfigProblem> problems =
                MatchPresets.problems(settings("check", "check", 0));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("arena.practice cannot make a match: " + problems);
        }
    }

    /** The player's practice match being played, or a new one started for them under {@code name}. */
    public CompletionStage<Outcome> practice(String playerId, String name) {
        return matches.list().thenCompose(all -> {
            List<MatchSummary> playing = all.stream()
                    .filter(m -> m.practice() && !MatchStatus.FINISHED.name().equals(m.status())).toList();
            return seatIn(playing, 0, playerId).thenCompose(found -> {
                if (found != null) {
                    return CompletableFuture.completedFuture(found);
                }
                if (playing.size() >= settings.maxPlaying()) {
                    return CompletableFuture.completedFuture(new Full(playing.size()));
                }
                return start(playerId, name);
            });
        });
    }

    /** The first of {@code playing} (from index {@code i}) in which the player holds a seat, or null. */
    private CompletionStage<Outcome> seatIn(List<MatchSummary> playing, int i, String playerId) {
        if (i >= playing.size()) {
            return CompletableFuture.completedFuture(null);
        }
        String matchId = playing.get(i).matchId();
        return matches.ask(matchId, replyTo -> new MatchEntity.GetMyFirm(playerId, replyTo)).thenCompose(reply ->
                reply instanceof MatchEntity.Mine mine
                        ? CompletableFuture.completedFuture(new Seated(matchId, mine.firm().firm().firmId(), false))
                        : seatIn(playing, i + 1, playerId));
    }

    private CompletionStage<Outcome> start(String playerId, String name) {
        MatchSettings match = settings(playerId, name, matches.randomSeed());
        int firmId = settings.houseBots().size();
        return matches.create(match).thenCompose(reply -> {
            if (!(reply instanceof MatchEntity.Created created)) {
                throw new IllegalStateException("practice match not created: " + reply);
            }
            return matches.ask(created.matchId(),
                            replyTo -> new MatchEntity.Control(MatchEntity.ControlAction.START, replyTo))
                    .thenApply(started -> new Seated(created.matchId(), firmId, true));
        });
    }

    /** The settings of a practice match for this player: house bots first, then the player's seat. */
    MatchSettings settings(String playerId, String name, long seed) {
        List<String> bots = settings.houseBots();
        MarketConfig market = MarketConfig.defaults().withRounds(settings.rounds()).withMaxFirms(bots.size() + 1);
        String title = "Practice: " + name;
        return new MatchSettings(title.length() > 64 ? title.substring(0, 64) : title, settings.roundMillis(), seed,
                bots, settings.policy(), PolicySettings.defaults(), false, market,
                List.of(new MatchSettings.SeatedPlayer(playerId, name)), null, null, true, false, 0);
    }
}
