package dev.involution.arena.tournament;

import dev.involution.arena.engine.ConfigProblem;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.match.MatchPresets;
import dev.involution.arena.match.MatchSettings;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.TournamentRequest;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Everything a tournament is created with: its name, format ({@value #ROUND_ROBIN} or
 * {@value #SWISS}), mode ({@value #LIVE} or {@value #FAST}), how many rounds (each entrant plays one
 * match a round), seats per match, how many matches run at once, its seed, the house bots entered at
 * creation, the strategies that fill left-over seats, the settings every match is made from, and
 * how long a live match waits between being opened and its start (so every bot sees it coming).
 */
public record TournamentSettings(String name,
                                 String format,
                                 String mode,
                                 int rounds,
                                 int seatsPerMatch,
                                 int parallelMatches,
                                 long seed,
                                 List<String> houseBots,
                                 List<String> fillers,
                                 MatchSettings match,
                                 long startDelayMillis) {

    public static final String ROUND_ROBIN = "round-robin";
    public static final String SWISS = "swiss";
    public static final String LIVE = "live";
    public static final String FAST = "fast";
    public static final int MAX_ROUNDS = 100;
    public static final int MAX_SEATS = 32;
    public static final int MAX_PARALLEL = 32;
    public static final int MAX_ENTRANTS = 256;
    public static final long DEFAULT_START_DELAY_MILLIS = 5_000;
    public static final long MAX_START_DELAY_MILLIS = 600_000;

    public TournamentSettings {
        houseBots = List.copyOf(houseBots);
        fillers = List.copyOf(fillers);
    }

    /**
     * The settings a request asks for, defaults filled in, with {@code policySettings} as its matches'
     * regulator thresholds (the request's {@code match.policySettings}, read by the HTTP edge);
     * {@link #validate()} says what is wrong with them.
     */
    public static TournamentSettings from(TournamentRequest r, PolicySettings policySettings, LongSupplier randomSeed) {
        MatchConfigRequest m = r.match() != null ? r.match()
                : new MatchConfigRequest(null, null, null, null, null, null, null, null, null, null);
        int seats = r.seatsPerMatch() != null ? r.seatsPerMatch() : 6;
        String name = r.name() != null ? r.name() : "Tournament";
        MatchSettings match = MatchPresets.settings(new MatchConfigRequest(name, m.preset(), m.rounds(),
                m.roundMillis(), 0L, seats, List.of(), m.policy(), null, m.lockstep()), policySettings, randomSeed,
                false);
        return new TournamentSettings(name,
                r.format() != null ? r.format() : ROUND_ROBIN,
                r.mode() != null ? r.mode() : LIVE,
                r.rounds() != null ? r.rounds() : 5,
                seats,
                r.parallelMatches() != null ? r.parallelMatches() : 4,
                r.seed() != null ? r.seed() : randomSeed.getAsLong(),
                r.houseBots() != null ? r.houseBots() : List.of(),
                r.fillers() != null ? r.fillers() : BuiltInStrategies.names(),
                match,
                r.startDelayMillis() != null ? r.startDelayMillis() : DEFAULT_START_DELAY_MILLIS);
    }

    public boolean fast() {
        return FAST.equals(mode);
    }

    public boolean swiss() {
        return SWISS.equals(format);
    }

    /** Every setting out of range, named as the request names it; empty when the settings are usable. */
    public List<ConfigProblem> validate() {
        List<ConfigProblem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > 64) {
            problems.add(new ConfigProblem("name", "must be 1 to 64 characters"));
        }
        if (!ROUND_ROBIN.equals(format) && !SWISS.equals(format)) {
            problems.add(new ConfigProblem("format", "must be '" + ROUND_ROBIN + "' or '" + SWISS + "', was '" + format + "'"));
        }
        if (!LIVE.equals(mode) && !FAST.equals(mode)) {
            problems.add(new ConfigProblem("mode", "must be '" + LIVE + "' or '" + FAST + "', was '" + mode + "'"));
        }
        range(problems, "rounds", rounds, 1, MAX_ROUNDS);
        range(problems, "seatsPerMatch", seatsPerMatch, 2, MAX_SEATS);
        range(problems, "parallelMatches", parallelMatches, 1, MAX_PARALLEL);
        if (startDelayMillis < 0 || startDelayMillis > MAX_START_DELAY_MILLIS) {
            problems.add(new ConfigProblem("startDelayMillis",
                    "must be between 0 and " + MAX_START_DELAY_MILLIS + ", was " + startDelayMillis));
        }
        if (houseBots.size() > MAX_ENTRANTS) {
            problems.add(new ConfigProblem("houseBots", "at most " + MAX_ENTRANTS + " entrants, was " + houseBots.size()));
        }
        strategies(problems, "houseBots", houseBots);
        if (fillers.isEmpty()) {
            problems.add(new ConfigProblem("fillers", "must name at least one strategy"));
        }
        strategies(problems, "fillers", fillers);
        for (ConfigProblem p : MatchPresets.problems(match)) {
            if (!p.field().equals("houseBots")) {
                problems.add(new ConfigProblem(p.field().equals("seats") ? "seatsPerMatch" : "match." + p.field(),
                        p.message()));
            }
        }
        return problems;
    }

    private static void range(List<ConfigProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new ConfigProblem(field, "must be between " + min + " and " + max + ", was " + value));
        }
    }

    private static void strategies(List<ConfigProblem> problems, String field, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!BuiltInStrategies.exists(names.get(i))) {
                problems.add(new ConfigProblem(field + "[" + i + "]",
                        "must be one of " + BuiltInStrategies.names() + ", was '" + names.get(i) + "'"));
            }
        }
    }

    /** The request these settings answer, with every default filled in, as the API shows it. */
    public TournamentRequest asRequest() {
        return new TournamentRequest(name, format, mode, rounds, seatsPerMatch, parallelMatches, seed, houseBots,
                fillers, new MatchConfigRequest(null, null, match.market().rounds(), match.roundMillis(), null, null,
                        null, match.policy(), null, match.lockstep()), startDelayMillis);
    }
}
