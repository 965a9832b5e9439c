package dev.involution.arena;

import akka.actor.CoordinatedShutdown;
import dev.involution.arena.cluster.ClusterSettings;
import dev.involution.arena.lab.LabCommand;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar arena.jar}: starts the arena configured by the environment (see
 * docs/OPERATIONS.md) and runs until SIGTERM (or SIGINT), which runs Akka's coordinated shutdown:
 * unbind HTTP, stop entities, close the journal. {@code java -jar arena.jar lab ...} runs the
 * headless policy lab instead ({@link LabCommand}) and exits. A node that its cluster removed (downed)
 * exits with status 1, a refused or failed start too.
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
        Logger log = LoggerFactory.getLogger(Main.class);
        Arena arena;
        try {
            arena = Arena.start(ArenaSettings.fromEnvironment());
        } catch (ClusterSettings.ClusterConfigurationException e) {
            log.error("The arena refuses to start: {}", e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            log.error("The arena failed to start", e);
            System.exit(1);
            return;
        }
        arena.system().getWhenTerminated().toCompletableFuture().join();
        System.exit(exitStatus(CoordinatedShutdown.get(arena.system()).getShutdownReason(), log));
    }

    /**
     * 0 after an ordinary stop; 1 when the cluster removed this node (downed by the split brain
     * resolver, or it could not join): a supervisor restarts it and it joins afresh, never with the
     * state it had before it was removed.
     */
    static int exitStatus(Optional<CoordinatedShutdown.Reason> reason, Logger log) {
        if (reason.isPresent() && (reason.get() == CoordinatedShutdown.clusterDowningReason()
                || reason.get() == CoordinatedShutdown.clusterJoinUnsuccessfulReason()
                || reason.get() == CoordinatedShutdown.incompatibleConfigurationDetectedReason())) {
            log.error("This node was removed from its cluster ({}); exiting with status 1 so that its supervisor "
                    + "starts it afresh", reason.get());
            return 1;
        }
        return 0;
    }
}
