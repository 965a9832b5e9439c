package dev.involution.arena.cluster;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import dev.involution.arena.journal.JournalHealth;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether this node should be sent traffic ({@code GET /ready}): it serves HTTP, it is an {@code Up}
 * member of its cluster, it is not leaving, and the journal's database answers. On shutdown (SIGTERM,
 * a leave, being downed) it stops being ready first: in a multi-node cluster it then keeps serving for
 * {@link ClusterSettings#drainOnLeave()} so the load balancer's health checks see the 503 and send new
 * requests elsewhere before the port closes.
 */
public final class NodeReadiness {

    private final ActorSystem<?> system;
    private final JournalHealth journal;
    private final AtomicBoolean serving = new AtomicBoolean();
    private final AtomicBoolean leaving = new AtomicBoolean();

    public NodeReadiness(ActorSystem<?> system, JournalHealth journal, ClusterSettings settings) {
        this.system = system;
        this.journal = journal;
        Duration drain = settings.drainOnLeave();
        CoordinatedShutdown.get(system).addTask(CoordinatedShutdown.PhaseBeforeServiceUnbind(), "arena-stop-being-ready",
                () -> {
                    leaving.set(true);
                    if (drain.isZero() || !serving.get()) {
                        return CompletableFuture.completedFuture(Done.getInstance());
                    }
                    system.log().info("Leaving: answering /ready with 503 for {} before closing the HTTP port", drain);
                    CompletableFuture<Done> drained = new CompletableFuture<>();
                    CompletableFuture.delayedExecutor(drain.toMillis(), TimeUnit.MILLISECONDS)
                            .execute(() -> drained.complete(Done.getInstance()));
                    return drained;
                });
    }

    /** Called once the HTTP server is bound. */
    public void serving() {
        serving.set(true);
    }

    /** This node's membership status: {@code Joining}, {@code Up}, {@code Leaving}, ... */
    public String memberStatus() {
        return Cluster.get(system).selfMember().status().toString();
    }

    /** Empty when ready; otherwise why not, in words. */
    public CompletionStage<Optional<String>> notReadyBecause() {
        if (!serving.get()) {
            return CompletableFuture.completedFuture(Optional.of("the node is starting"));
        }
        if (leaving.get()) {
            return CompletableFuture.completedFuture(Optional.of("the node is shutting down"));
        }
        MemberStatus status = Cluster.get(system).selfMember().status();
        if (status != MemberStatus.up()) {
            return CompletableFuture.completedFuture(Optional.of(
                    "the node is not an Up member of its cluster (it is " + status + ")"));
        }
        return journal.reachable().thenApply(up -> up
                ? Optional.empty() : Optional.of("the journal's database is unreachable"));
    }
}
