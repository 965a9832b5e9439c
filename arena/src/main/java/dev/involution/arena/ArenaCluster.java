package dev.involution.arena;

import akka.actor.typed.ActorSystem;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Forms the default single-node cluster, so Cluster Sharding runs on one node. */
final class ArenaCluster {

    private static final long POLL_MILLIS = 10;

    private ArenaCluster() {
    }

    /** Joins the node to itself and waits until it is Up. */
    static void joinSelf(ActorSystem<?> system, Duration timeout) throws InterruptedException, TimeoutException {
        Cluster cluster = Cluster.get(system);
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
