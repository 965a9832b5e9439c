package dev.involution.arena.lab;

import dev.involution.arena.engine.ConfigProblem;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.Remedies;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.bots.strategy.BuiltInStrategies;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The arguments of {@code arena.jar lab}: which policies to compare, the seats' strategies, how
 * many matches per policy from which first seed, the output directory, the rounds per match and
 * the worker threads.
 */
public record LabOptions(List<String> policies,
                         List<String> lineup,
                         int matches,
                         long seed,
                         Path out,
                         int rounds,
                         int threads,
                         boolean remedies,
                         double[] sweep) {

    public static final List<String> DEFAULT_LINEUP = List.of("subsidizer", "subsidizer", "undercutter", "innovator",
            "cost-plus", "tit-for-tat", "random", "cost-plus");
    public static final int DEFAULT_MATCHES = 100;
    public static final long DEFAULT_SEED = 1;
    public static final int MAX_MATCHES = 1_000_000;
    public static final int MAX_THREADS = 1_024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    public static final String USAGE = String.join("\n",
            "Usage: java -jar arena.jar lab [options]",
            "",
            "Plays seeded matches in fast-forward under each regulator policy and writes a CSV per match,",
            "summary.csv and report.html comparing the policies.",
            "",
            "  --policies P,P,...  policies to compare (default: all of " + String.join(", ", Policies.NAMES)
                    + ";",
            "                      with --rules classic, those that need no remedies)",
            "  --rules R           the market's rules: remedies (default: the article's remedies; the report then",
            "                      also shows behaviours 5 to 11 and the strictness sweep) or classic",
            "  --sweep strictness=FROM:TO:STEPS",
            "                      the strictness levels of the over-/under-regulation sweep (default 0:1:6)",
            "  --lineup S,S,...    one built-in strategy per seat, 2 to " + MarketConfig.MAX_FIRMS + " seats",
            "                      (default: " + String.join(",", DEFAULT_LINEUP) + ");",
            "                      strategies: " + String.join(", ", BuiltInStrategies.names()),
            "  --matches N         matches per policy, match i plays seed + i under every policy (default "
                    + DEFAULT_MATCHES + ")",
            "  --seed N            first seed (default " + DEFAULT_SEED + ")",
            "  --rounds N          rounds per match (default " + MarketConfig.defaults().rounds() + ")",
            "  --threads N         worker threads (default: available processors)",
            "  --out DIR           output directory (default: lab-report/<date-time>)",
            "  --help              this text");

    public LabOptions {
        policies = List.copyOf(policies);
        lineup = List.copyOf(lineup);
        sweep = sweep.clone();
    }

    /** The classic lab's options (the classic rules, no sweep). */
    public LabOptions(List<String> policies, List<String> lineup, int matches, long seed, Path out, int rounds,
                      int threads) {
        this(policies, lineup, matches, seed, out, rounds, threads, false, new double[0]);
    }

    /** The default sweep of strictness: 0 to 1 in six levels. */
    public static final double[] DEFAULT_SWEEP = {0, 0.2, 0.4, 0.6, 0.8, 1.0};

    /** Matches played in all: matches per policy times policies. */
    public int totalMatches() {
        return matches * policies.size();
    }

    /** The market of every match: the defaults with this lineup's seats and these rounds. */
    public MarketConfig marketConfig() {
        MarketConfig market = MarketConfig.defaults().withRounds(rounds).withMaxFirms(lineup.size());
        return remedies ? market.withRemedies(Remedies.defaults()) : market;
    }

    /** Whether the arguments ask for the usage text. */
    public static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /**
     * Parses {@code --name value} and {@code --name=value} arguments.
     *
     * @param defaultOut the output directory when none is given (called only then)
     * @throws LabUsageException naming the argument that is wrong
     */
    public static LabOptions parse(List<String> args, Supplier<Path> defaultOut, int processors) {
        List<String> policies = null;
        boolean remedies = true;
        double[] sweep = DEFAULT_SWEEP;
        List<String> lineup = DEFAULT_LINEUP;
        int matches = DEFAULT_MATCHES;
        long seed = DEFAULT_SEED;
        Path out = null;
        int rounds = MarketConfig.defaults().rounds();
        int threads = Math.max(1, processors);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new LabUsageException("unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (eq >= 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                if (i + 1 >= args.size()) {
                    throw new LabUsageException(knownOption(name) ? name + " needs a value" : unknownOption(name));
                }
                value = args.get(++i);
            }
            if (!knownOption(name)) {
                throw new LabUsageException(unknownOption(name));
            }
            if (!seen.add(name)) {
                throw new LabUsageException(name + " is given twice");
            }
            switch (name) {
                case "--policies" -> policies = policies(value);
                case "--lineup" -> lineup = lineup(value);
                case "--matches" -> matches = (int) number(name, value, 1, MAX_MATCHES);
                case "--seed" -> seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--rounds" -> rounds = (int) number(name, value, 1, 10_000);
                case "--threads" -> threads = (int) number(name, value, 1, MAX_THREADS);
                case "--rules" -> remedies = rules(value);
                case "--sweep" -> sweep = sweep(value);
                case "--out" -> {
                    if (value.isBlank()) {
                        throw new LabUsageException("--out needs a directory");
                    }
                    out = Path.of(value);
                }
                default -> throw new LabUsageException(unknownOption(name));
            }
        }
        if (policies == null) {
            policies = remedies ? Policies.NAMES
                    : Policies.NAMES.stream().filter(p -> !Policies.REMEDIES.contains(p)).toList();
        }
        for (String p : policies) {
            if (!remedies && Policies.REMEDIES.contains(p)) {
                throw new LabUsageException("policy '" + p + "' needs the remedies' rules; drop --rules classic");
            }
        }
        LabOptions options = new LabOptions(policies, lineup, matches, seed, out == null ? defaultOut.get() : out,
                rounds, threads, remedies, remedies ? sweep : new double[0]);
        List<ConfigProblem> problems = options.marketConfig().validate();
        if (!problems.isEmpty()) {
            throw new LabUsageException("the market settings are not usable: " + problems);
        }
        if ((long) matches * policies.size() > MAX_MATCHES) {
            throw new LabUsageException("at most " + MAX_MATCHES + " matches in all, asked for "
                    + (long) matches * policies.size());
        }
        return options;
    }

    /** {@code lab-report/<yyyyMMdd-HHmmss>} for this moment. */
    public static Path timestampedOut(LocalDateTime now) {
        return Path.of("lab-report", STAMP.format(now));
    }

    private static boolean knownOption(String name) {
        return switch (name) {
            case "--policies", "--lineup", "--matches", "--seed", "--rounds", "--threads", "--out", "--rules",
                 "--sweep" -> true;
            default -> false;
        };
    }

    private static String unknownOption(String name) {
        return "unknown option '" + name + "'; known: --policies, --lineup, --matches, --seed, --rounds, --threads, "
                + "--out, --rules, --sweep, --help";
    }

    private static List<String> policies(String value) {
        List<String> names = items("--policies", value);
        Set<String> unique = new LinkedHashSet<>();
        for (String name : names) {
            if (!Policies.exists(name)) {
                throw new LabUsageException("unknown policy '" + name + "'; known: " + String.join(", ", Policies.NAMES));
            }
            if (!unique.add(name)) {
                throw new LabUsageException("policy '" + name + "' is listed twice in --policies");
            }
        }
        return names;
    }

    private static boolean rules(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "remedies" -> true;
            case "classic" -> false;
            default -> throw new LabUsageException("--rules must be remedies or classic, was '" + value + "'");
        };
    }

    /** {@code strictness=FROM:TO:STEPS}, FROM and TO in [0, 1], 2 to 21 steps. */
    private static double[] sweep(String value) {
        String[] kv = value.split("=", 2);
        if (kv.length != 2 || !kv[0].trim().equals("strictness")) {
            throw new LabUsageException("--sweep must be strictness=FROM:TO:STEPS (the only key swept), was '"
                    + value + "'");
        }
        String[] parts = kv[1].split(":", -1);
        if (parts.length != 3) {
            throw new LabUsageException("--sweep must be strictness=FROM:TO:STEPS, was '" + value + "'");
        }
        double from;
        double to;
        try {
            from = Double.parseDouble(parts[0].trim());
            to = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new LabUsageException("--sweep's FROM and TO must be numbers between 0 and 1, was '" + value + "'");
        }
        if (!(from >= 0 && from <= 1 && to >= 0 && to <= 1 && from < to)) {
            throw new LabUsageException("--sweep needs 0 <= FROM < TO <= 1, was '" + value + "'");
        }
        int steps = (int) number("--sweep's STEPS", parts[2], 2, 21);
        return StrictnessSweep.levels(from, to, steps);
    }

    private static List<String> lineup(String value) {
        List<String> names = items("--lineup", value);
        for (String name : names) {
            if (!BuiltInStrategies.exists(name)) {
                throw new LabUsageException("unknown strategy '" + name + "' in --lineup; known: "
                        + String.join(", ", BuiltInStrategies.names()));
            }
        }
        if (names.size() < MarketConfig.MIN_FIRMS || names.size() > MarketConfig.MAX_FIRMS) {
            throw new LabUsageException("--lineup needs " + MarketConfig.MIN_FIRMS + " to " + MarketConfig.MAX_FIRMS
                    + " seats, got " + names.size());
        }
        return names;
    }

    private static List<String> items(String option, String value) {
        List<String> items = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String item = part.trim().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                throw new LabUsageException(option + " has an empty item in '" + value + "'");
            }
            items.add(item);
        }
        return items;
    }

    private static long number(String option, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new LabUsageException(option + " must be a whole number, was '" + value + "'");
        }
        if (n < min || n > max) {
            throw new LabUsageException(option + " must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }
}
