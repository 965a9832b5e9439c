package dev.involution.arena.cluster;

import akka.actor.Address;
import akka.actor.AddressFromURIString;
import com.typesafe.config.Config;
import dev.involution.arena.journal.JournalDatabase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code arena.cluster} section: the seed nodes a node joins ({@code ARENA_CLUSTER_SEEDS}; none:
 * it forms a cluster of one with itself) and how long a leaving node drains. A node of a multi-node
 * cluster needs what all nodes must share: the PostgreSQL journal and the admin token (which also
 * signs player tokens); {@link #from} refuses a configuration without them, saying what to set.
 *
 * @param seeds      the seed nodes, {@code akka://arena@host:port}; empty for a single node
 * @param leaveDrain how long a leaving node of a multi-node cluster answers {@code /ready} with 503
 *                   before it closes its port
 */
public record ClusterSettings(List<Address> seeds, Duration leaveDrain) {

    static final String SYSTEM_NAME = "arena";

    public ClusterSettings {
        seeds = List.copyOf(seeds);
    }

    /** Whether the node joins seeds (a multi-node cluster) rather than itself. */
    public boolean multiNode() {
        return !seeds.isEmpty();
    }

    /** How long to drain on leave: {@link #leaveDrain} in a multi-node cluster, nothing alone. */
    public Duration drainOnLeave() {
        return multiNode() ? leaveDrain : Duration.ZERO;
    }

    /** Reads and checks {@code arena.cluster} against the rest of the configuration. */
    public static ClusterSettings from(Config config) {
        ClusterSettings settings = new ClusterSettings(
                parseSeeds(config.getString("arena.cluster.seeds")),
                config.getDuration("arena.cluster.leave-drain"));
        if (settings.multiNode()) {
            if (JournalDatabase.of(config) != JournalDatabase.POSTGRES) {
                throw new ClusterConfigurationException("ARENA_CLUSTER_SEEDS is set, but the journal is the embedded H2 "
                        + "database (ARENA_DB=" + JournalDatabase.of(config).key() + "), which only this process can "
                        + "open: the nodes of a cluster need one journal they all share. Set ARENA_DB=postgres with "
                        + "ARENA_DB_URL, ARENA_DB_USER and ARENA_DB_PASSWORD (the same database on every node), or "
                        + "unset ARENA_CLUSTER_SEEDS to run a single node.");
            }
            if (config.getString("arena.admin-token").isBlank()) {
                throw new ClusterConfigurationException("ARENA_CLUSTER_SEEDS is set, but ARENA_ADMIN_TOKEN is not: "
                        + "a token generated here would be saved in this node's data directory only, and the other "
                        + "nodes would refuse it and the player tokens it signs. Set ARENA_ADMIN_TOKEN to the same "
                        + "long random value (at least 16 characters) on every node.");
            }
        }
        return settings;
    }

    public static List<Address> parseSeeds(String text) {
        List<Address> seeds = new ArrayList<>();
        for (String item : text.split(",")) {
            String seed = item.trim();
            if (seed.isEmpty()) {
                continue;
            }
            Address address;
            try {
                address = AddressFromURIString.parse(seed);
            } catch (Exception e) { // MalformedURLException, thrown undeclared
                throw new ClusterConfigurationException(badSeed(seed));
            }
            if (!address.system().equals(SYSTEM_NAME) || address.host().isEmpty() || address.port().isEmpty()
                    || !address.protocol().equals("akka")) {
                throw new ClusterConfigurationException(badSeed(seed));
            }
            seeds.add(address);
        }
        return seeds;
    }

    private static String badSeed(String seed) {
        return "ARENA_CLUSTER_SEEDS: '" + seed + "' is not a seed node address; write akka://" + SYSTEM_NAME
                + "@host:port (the ARENA_CLUSTER_HOST and ARENA_CLUSTER_PORT of a node), comma-separated";
    }

    /** A cluster configuration the arena cannot run with; its message says what to set. */
    public static final class ClusterConfigurationException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ClusterConfigurationException(String message) {
            super(message);
        }
    }
}
