package dev.involution.arena;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.ClusterShardingSettings;
import java.time.Duration;

/**
 * How long entities that drive themselves stay in memory. A running match (round timers, house
 * bots) and a playing tournament (following its matches) act on their own timers; cluster sharding
 * would stop them as idle when nothing reaches them from outside, and a stopped match would wait in
 * the middle of a round for someone to ask it something. So their entity types have automatic
 * passivation off, and each retires by itself {@code arena.entities.retire-finished-after} after it
 * has finished; a later request brings it back from the journal. Their shards remember which
 * entities run (in the journal, {@code akka.cluster.sharding.remember-entities-store}): when a node
 * leaves or crashes, its shards start again on the other nodes with those entities, so a running
 * match goes on by itself there.
 */
public final class ArenaLifecycle {
    static final String RETIRE_AFTER = "arena.entities.retire-finished-after";
    private static final Duration DEFAULT_RETIRE_AFTER = Duration.ofMinutes(5);

    private ArenaLifecycle() {
    }

    /** Sharding settings for an entity type that drives itself: remembered entities, no automatic passivation. */
    public static ClusterShardingSettings selfDriven(ActorSystem<?> system) {
        return ClusterShardingSettings.create(system).withNoPassivationStrategy().withRememberEntities(true);
    }

    /** How long a finished match or tournament stays in memory. */
    public static Duration retireAfter(ActorSystem<?> system) {
        var config = system.settings().config();
        return config.hasPath(RETIRE_AFTER) ? config.getDuration(RETIRE_AFTER) : DEFAULT_RETIRE_AFTER;
    }
}
