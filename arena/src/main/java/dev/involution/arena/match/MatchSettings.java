package dev.involution.arena.match;

import dev.involution.arena.engine.ConfigProblem;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a match is created with: a display name, the round length, the seed, the house bots
 * that fill seats at creation (by strategy name), the regulator policy and its thresholds, whether
 * it is the arena's demo match, the market's economics (rounds and seats included) and, for a
 * tournament's match, the players seated at creation after the house bots (then no one else may
 * join; empty: anyone may) and the tournament's id (null for a match of its own). House bots are
 * named {@code houseBotNames} where given (a tournament names its fillers and house entrants), else
 * "strategy #n". {@code practice} marks a player's own practice match against house bots. A
 * {@code lockstep} match ends a round as soon as every firm it waits for has said it is ready (at
 * the latest at the round's deadline); {@code startAt} (epoch ms, 0 for none) is when a match created
 * OPEN starts by itself, earlier if every player seated in it has said it is ready.
 */
public record MatchSettings(String name,
                            long roundMillis,
                            long seed,
                            List<String> houseBots,
                            String policy,
                            PolicySettings policySettings,
                            boolean demo,
                            MarketConfig market,
                            List<SeatedPlayer> players,
                            String tournamentId,
                            List<String> houseBotNames,
                            boolean practice,
                            boolean lockstep,
                            long startAt) {

    public static final long MIN_ROUND_MILLIS = 100;
    public static final long MAX_ROUND_MILLIS = 600_000;
    public static final String DEFAULT_POLICY = Policies.LAISSEZ_FAIRE;

    public MatchSettings(String name, long roundMillis, long seed, List<String> houseBots, String policy,
                         PolicySettings policySettings, boolean demo, MarketConfig market) {
        this(name, roundMillis, seed, houseBots, policy, policySettings, demo, market, List.of(), null);
    }

    public MatchSettings(String name, long roundMillis, long seed, List<String> houseBots, String policy,
                         PolicySettings policySettings, boolean demo, MarketConfig market, List<SeatedPlayer> players,
                         String tournamentId) {
        this(name, roundMillis, seed, houseBots, policy, policySettings, demo, market, players, tournamentId, null,
                false, false, 0);
    }

    /** These settings for a match whose rounds are in lockstep or not, starting by itself at {@code startAt} (0: not). */
    public MatchSettings withSchedule(boolean lockstep, long startAt) {
        return new MatchSettings(name, roundMillis, seed, houseBots, policy, policySettings, demo, market, players,
                tournamentId, houseBotNames, practice, lockstep, startAt);
    }

    /** These settings with the players seated at creation and the tournament (or null) the match belongs to. */
    public MatchSettings withPlayers(List<SeatedPlayer> seated, String tournament) {
        return new MatchSettings(name, roundMillis, seed, houseBots, policy, policySettings, demo, market, seated,
                tournament, houseBotNames, practice, lockstep, startAt);
    }

    public MatchSettings {
        houseBots = List.copyOf(houseBots);
        players = players == null ? List.of() : List.copyOf(players);
        houseBotNames = houseBotNames == null ? List.of() : List.copyOf(houseBotNames);
        if (policySettings == null) {
            policySettings = PolicySettings.defaults();
        }
    }

    /** A player seated when the match is created, by id and display name. */
    public record SeatedPlayer(String playerId, String name) {
    }

    /** The name of the house bot in seat {@code i} (house bots take the first seats). */
    public String houseBotName(int i) {
        return i < houseBotNames.size() ? houseBotNames.get(i) : houseBots.get(i) + " #" + (i + 1);
    }

    /** Whether a player may take a seat: anyone, unless the match was created with its players seated. */
    public boolean open() {
        return players.isEmpty();
    }

    /** Every setting out of range, with its field; empty when the settings are usable. */
    public List<ConfigProblem> validate() {
        List<ConfigProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 64) {
            problems.add(new ConfigProblem("name", "must be 1 to 64 characters"));
        }
        if (roundMillis < MIN_ROUND_MILLIS || roundMillis > MAX_ROUND_MILLIS) {
            problems.add(new ConfigProblem("roundMillis",
                    "must be between " + MIN_ROUND_MILLIS + " and " + MAX_ROUND_MILLIS + ", was " + roundMillis));
        }
        if (!Policies.exists(policy)) {
            problems.add(new ConfigProblem("policy", "must be one of " + Policies.NAMES + ", was '" + policy + "'"));
        }
        if (Policies.REMEDIES.contains(policy) && !market.hasRemedies()) {
            problems.add(new ConfigProblem("policy", "policy '" + policy
                    + "' puts the article's remedies in force: it needs the remedies' rules (rules: remedies)"));
        }
        problems.addAll(policySettings.validate());
        problems.addAll(market.validate());
        if (houseBots.size() + players.size() > market.maxFirms()) {
            problems.add(new ConfigProblem("houseBots",
                    "more house bots (" + (houseBots.size() + players.size()) + ") than seats (" + market.maxFirms() + ")"));
        }
        if (!houseBotNames.isEmpty() && houseBotNames.size() != houseBots.size()) {
            problems.add(new ConfigProblem("houseBotNames",
                    "must name every house bot (" + houseBots.size() + "), named " + houseBotNames.size()));
        }
        for (int i = 0; i < houseBots.size(); i++) {
            if (!BuiltInStrategies.exists(houseBots.get(i))) {
                problems.add(new ConfigProblem("houseBots[" + i + "]",
                        "must be one of " + BuiltInStrategies.names() + ", was '" + houseBots.get(i) + "'"));
            }
        }
        return problems;
    }
}
