package dev.involution.bots.runner;

import dev.involution.bots.api.MatchSummary;
import dev.involution.bots.api.Registration;
import dev.involution.bots.client.ArenaClient;
import dev.involution.bots.client.ArenaException;
import dev.involution.bots.client.ArenaTransportException;
import dev.involution.bots.strategy.BuiltInStrategies;
import dev.involution.bots.strategy.Strategy;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The command-line bot runner: {@code java -jar bots.jar --server URL --match ID --strategy NAME
 * --name NAME [--token T]} plays one seat with a built-in strategy or a strategy class, logging one
 * line per round, and exits 0 when the match has finished (see {@link RunnerOptions#USAGE}).
 */
public final class BotRunner {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private BotRunner() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the bot; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String usage = String.format(RunnerOptions.USAGE, String.join(", ", BuiltInStrategies.names()));
        if (RunnerOptions.wantsHelp(args)) {
            out.println(usage);
            return 0;
        }
        RunnerOptions options;
        Strategy strategy;
        try {
            options = RunnerOptions.parse(args, new SecureRandom().nextLong());
            strategy = StrategyLoader.load(options.strategy(), options.seed(), Thread.currentThread().getContextClassLoader());
        } catch (IllegalArgumentException e) {
            err.println("bots: " + e.getMessage());
            err.println(usage);
            return 2;
        }
        try {
            ArenaClient client = ArenaClient.of(options.server());
            if (options.token() != null) {
                client = client.withToken(options.token());
            } else {
                Registration registration = client.register(options.name());
                client = client.withToken(registration.token());
                log(out, "registered player " + registration.playerId() + " as '" + options.name()
                        + "' (to play as this player again: --token " + registration.token() + ")");
            }
            Optional<String> matchId = options.matchId() != null ? Optional.of(options.matchId()) : pickMatch(client);
            if (matchId.isEmpty()) {
                err.println("bots: no OPEN or RUNNING match with a free seat on " + options.server());
                return 1;
            }
            BotSession.Outcome outcome = new BotSession(client, matchId.get(), options.name(), strategy,
                    line -> log(out, line)).play();
            return outcome.standing() != null || outcome.stopped() ? 0 : 1;
        } catch (ArenaException | ArenaTransportException e) {
            err.println("bots: " + e.getMessage());
            return 1;
        }
    }

    /** The first OPEN match with a free seat, else the first RUNNING one. */
    static Optional<String> pickMatch(ArenaClient client) {
        List<MatchSummary> all = client.matches();
        for (String status : List.of("OPEN", "RUNNING")) {
            Optional<String> found = all.stream()
                    .filter(m -> status.equals(m.status()) && m.firms() < m.seats())
                    .map(MatchSummary::matchId)
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void log(PrintStream out, String line) {
        out.println(LocalTime.now().format(TIME) + " " + line);
        out.flush();
    }
}
