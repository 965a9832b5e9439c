package dev.involution.arena;

import dev.involution.arena.lab.LabCommand;
import java.util.Arrays;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar arena.jar}: starts the arena configured by the environment (see
 * docs/OPERATIONS.md) and runs until SIGTERM (or SIGINT), which runs Akka's coordinated shutdown:
 * unbind HTTP, stop entities, close the journal. {@code java -jar arena.jar lab ...} runs the
 * headless policy lab instead ({@link LabCommand}) and exits.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommonPool.atLeastTwoThreads();
        if (args.length > 0 && args[0].equals("lab")) {
            System.exit(LabCommand.main(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        Arena arena;
        try {
            arena = Arena.start(ArenaSettings.fromEnvironment());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("The arena failed to start", e);
            System.exit(1);
            return;
        }
        arena.system().getWhenTerminated().toCompletableFuture().join();
        System.exit(0);
    }
}
