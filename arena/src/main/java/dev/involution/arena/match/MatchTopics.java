package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Extension;
import akka.actor.typed.ExtensionId;
import akka.actor.typed.Props;
import akka.actor.typed.pubsub.Topic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's one pub-sub topic per match, where a match publishes its events once they are
 * persisted and streams subscribe. Sharing the topic on a node means a local subscriber sees every
 * event published after it subscribed; topics on other nodes find each other through the
 * receptionist, so a stream anywhere in the cluster receives the events of a match running elsewhere.
 */
public final class MatchTopics implements Extension {
    private final ActorSystem<?> system;
    private final Map<String, ActorRef<Topic.Command<MatchEvent>>> topics = new ConcurrentHashMap<>();

    private MatchTopics(ActorSystem<?> system) {
        this.system = system;
    }

    public static MatchTopics get(ActorSystem<?> system) {
        return Id.INSTANCE.apply(system);
    }

    ActorRef<Topic.Command<MatchEvent>> topic(String matchId) {
        return topics.computeIfAbsent(matchId, id -> system.systemActorOf(
                Topic.create(MatchEvent.class, "match-" + id), "match-topic-" + id, Props.empty()));
    }

    private static final class Id extends ExtensionId<MatchTopics> {
        static final Id INSTANCE = new Id();

        @Override
        public MatchTopics createExtension(ActorSystem<?> system) {
            return new MatchTopics(system);
        }
    }
}
