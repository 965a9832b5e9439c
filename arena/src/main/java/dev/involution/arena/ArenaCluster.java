package dev.involution.arena;

import akka.actor.typed.ActorSystem;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import akka.cluster.typed.JoinSeedNodes;
import dev.involution.arena.cluster.ClusterSettings;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Makes the node a member of its cluster: without seeds it joins itself and is Up before the arena
 * serves (a cluster of one); with seeds it asks to join them and serves at once, answering
 * {@code /ready} with 503 until the cluster has taken it in as Up.
 */
final class ArenaCluster {

    private static final long POLL_MILLIS = 10;

    private ArenaCluster() {
    }

    static void join(ActorSystem<?> system, ClusterSettings settings, Duration timeout)
            throws InterruptedException, TimeoutException {
        Cluster cluster = Cluster.get(system);
        if (settings.multiNode()) {
            system.log().info("Joining the cluster of seed nodes {} as {}", settings.seeds(), cluster.selfMember().address());
            cluster.manager().tell(new JoinSeedNodes(settings.seeds()));
            return;
        }
        cluster.manager().tell(Join.create(cluster.selfMember().address()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (cluster.selfMember().status() != MemberStatus.up()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the node did not join its cluster within " + timeout);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
