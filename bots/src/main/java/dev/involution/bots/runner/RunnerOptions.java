package dev.involution.bots.runner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bot runner's command line.
 *
 * @param server   the arena's base URL
 * @param matchId  the match to join, or null for the first open (else running) match with a free seat
 * @param strategy a built-in strategy's name or a class name
 * @param name     the player's (and firm's) name
 * @param token    a player token from an earlier registration, or null to register
 * @param seed     the seed handed to the strategy
 */
public record RunnerOptions(String server, String matchId, String strategy, String name, String token, long seed) {

    public static final String USAGE = String.join("\n",
            "usage: java -jar bots.jar --server URL --strategy NAME [--match ID] [--name NAME] [--token TOKEN] [--seed N]",
            "",
            "  --server URL       the arena, e.g. http://localhost:8080",
            "  --strategy NAME    a built-in strategy (%s) or the class name of a",
            "                     dev.involution.bots.strategy.Strategy on the classpath",
            "                     (java -cp bots.jar:my.jar dev.involution.bots.runner.BotRunner ...)",
            "  --match ID         the match to play; default: the first OPEN, else RUNNING, match with a free seat",
            "  --name NAME        the player's and firm's name (1 to 32 characters); default: the strategy's name",
            "  --token TOKEN      play as an already registered player instead of registering a new one",
            "  --seed N           the seed for strategies that use chance; default: random",
            "",
            "Plays one seat until the match finishes, logging one line per round; exits 0 when it finished,",
            "1 when the arena refused or could not be reached, 2 on a bad command line.");

    private static final Set<String> KEYS = Set.of("server", "match", "strategy", "name", "token", "seed");

    /** Whether the arguments ask for help. */
    public static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    /** Parses {@code --key value} and {@code --key=value} arguments; a mistake is an {@link IllegalArgumentException}. */
    public static RunnerOptions parse(String[] args, long randomSeed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String key;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                key = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                key = arg.substring(2);
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + key + " needs a value");
                }
                value = args[++i];
            }
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key);
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("--" + key + " given twice");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
        }
        String server = values.get("server");
        String strategy = values.get("strategy");
        if (server == null) {
            throw new IllegalArgumentException("--server is required");
        }
        if (!server.startsWith("http://") && !server.startsWith("https://")) {
            throw new IllegalArgumentException("--server must be an http:// or https:// URL: " + server);
        }
        if (strategy == null) {
            throw new IllegalArgumentException("--strategy is required");
        }
        String name = values.getOrDefault("name", defaultName(strategy));
        long seed;
        try {
            seed = values.containsKey("seed") ? Long.parseLong(values.get("seed")) : randomSeed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number: " + values.get("seed"));
        }
        return new RunnerOptions(server, values.get("match"), strategy, name, values.get("token"), seed);
    }

    private static String defaultName(String strategy) {
        String simple = strategy.substring(strategy.lastIndexOf('.') + 1);
        return simple.length() <= 32 ? simple : simple.substring(0, 32);
    }
}
