package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The front of a match under Cluster Sharding: it queues the commands that arrive while the
 * {@link MatchEntity} behind it is writing a batch, and hands them over as the next batch as soon
 * as that write is done. One write in flight at a time, as many commands per write as arrived
 * meanwhile (up to {@link #MAX_BATCH}): group commit.
 *
 * <p><b>Admission control.</b> A new order is answered at once with an {@code OVERLOADED} refusal
 * (HTTP 503 with {@code Retry-After}) instead of joining the queue while the queue is past its
 * bounds ({@link Admission}: how many commands wait, how long the oldest has waited, and how
 * many the match writes in its write budget). Under overload the orders that are accepted keep a
 * bounded latency rather than all waiting longer and longer. Cancels, decisions, reads and the
 * match's own commands always queue. While it refuses, the node's order route refuses new orders of
 * this match before asking it ({@link OverloadedMatches}), until the queue goes to the next write.
 */
public final class MatchInbox extends AbstractBehavior<MatchEntity.Command> {
    static final int MAX_BATCH = 2_000;

    /** {@code shard} is the sharding shard hosting the match, asked to passivate it when it retires; null outside sharding. */
    public static Behavior<MatchEntity.Command> create(String matchId, Clock clock,
                                                       ActorRef<MatchDirectory.Command> directory,
                                                       ActorRef<ClusterSharding.ShardCommand> shard) {
        return Behaviors.setup(ctx -> new MatchInbox(ctx, matchId, clock, directory, shard,
                Admission.of(ctx.getSystem().settings().config())));
    }

    /** An inbox with this admission control (its own: it keeps the queue's state), outside sharding. */
    static Behavior<MatchEntity.Command> create(String matchId, Clock clock, ActorRef<MatchDirectory.Command> directory,
                                               Admission admission) {
        return Behaviors.setup(ctx -> new MatchInbox(ctx, matchId, clock, directory, null, admission));
    }

    private final String matchId;
    private final ActorRef<MatchEntity.Command> entity;
    private final Admission admission;
    private final OverloadedMatches overloaded;
    private final ActorRef<ClusterSharding.ShardCommand> shard;
    private List<MatchEntity.Command> queued = new ArrayList<>();
    /** When the oldest command in {@link #queued} arrived ({@link System#nanoTime()}). */
    private long oldestQueuedAt;
    private boolean writing;

    private MatchInbox(ActorContext<MatchEntity.Command> ctx, String matchId, Clock clock,
                       ActorRef<MatchDirectory.Command> directory, ActorRef<ClusterSharding.ShardCommand> shard,
                       Admission admission) {
        super(ctx);
        this.matchId = matchId;
        this.overloaded = OverloadedMatches.get(ctx.getSystem());
        this.shard = shard;
        this.admission = admission;
        this.entity = ctx.spawn(MatchEntity.create(matchId, clock, directory, ctx.getSelf()), "entity");
        ctx.watch(entity);
    }

    @Override
    public Receive<MatchEntity.Command> createReceive() {
        return newReceiveBuilder()
                .onMessageEquals(MatchEntity.BatchWritten.INSTANCE, this::onBatchWritten)
                .onMessageEquals(MatchEntity.Retire.INSTANCE, this::onRetire)
                .onMessage(MatchEntity.Command.class, this::onCommand)
                .onSignal(Terminated.class, t -> {
                    overloaded.admitting(matchId);
                    return Behaviors.stopped();
                })
                .build();
    }

    private Behavior<MatchEntity.Command> onCommand(MatchEntity.Command command) {
        long now = System.nanoTime();
        if (command instanceof MatchEntity.PlaceOrder order && !admission.admits(now, queued.size(), oldestQueuedAt)) {
            overloaded.refused(matchId, now);
            order.replyTo().tell(new MatchEntity.Rejected(Refusals.overloaded()));
            return this;
        }
        if (queued.isEmpty()) {
            oldestQueuedAt = now;
        }
        queued.add(command);
        if (!writing) {
            handOver();
        }
        return this;
    }

    /** The finished match asks to leave memory: sharding buffers what arrives meanwhile and starts it anew for it. */
    private Behavior<MatchEntity.Command> onRetire() {
        if (shard != null) {
            shard.tell(new ClusterSharding.Passivate<>(getContext().getSelf()));
        }
        return this;
    }

    private Behavior<MatchEntity.Command> onBatchWritten() {
        writing = false;
        admission.written(System.nanoTime());
        if (!queued.isEmpty()) {
            handOver();
        }
        return this;
    }

    private void handOver() {
        List<MatchEntity.Command> batch;
        if (queued.size() <= MAX_BATCH) {
            batch = queued;
            queued = new ArrayList<>();
        } else {
            batch = new ArrayList<>(queued.subList(0, MAX_BATCH));
            queued = new ArrayList<>(queued.subList(MAX_BATCH, queued.size()));
        }
        writing = true;
        overloaded.admitting(matchId);
        admission.writing(System.nanoTime(), batch.size());
        entity.tell(new MatchEntity.Batch(batch, getContext().getSelf()));
    }
}
