package dev.involution.arena.pubsub;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Extension;
import akka.actor.typed.ExtensionId;
import akka.actor.typed.Props;
import akka.actor.typed.pubsub.Topic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's pub-sub topics, one per entity that publishes (a match's events, a tournament's
 * views), where the entity publishes once a change is persisted and streams subscribe. Sharing the
 * topic on a node means a local subscriber sees everything published after it subscribed; topics on
 * other nodes find each other through the receptionist, so a stream anywhere in the cluster
 * receives what an entity running elsewhere publishes.
 */
public final class Topics implements Extension {
    private final ActorSystem<?> system;
    private final Map<String, ActorRef<?>> topics = new ConcurrentHashMap<>();

    private Topics(ActorSystem<?> system) {
        this.system = system;
    }

    public static Topics get(ActorSystem<?> system) {
        return Id.INSTANCE.apply(system);
    }

    /** The topic of messages of type {@code type} named {@code kind-id}, e.g. {@code match-abc}. */
    @SuppressWarnings("unchecked")
    public <T> ActorRef<Topic.Command<T>> topic(Class<T> type, String kind, String id) {
        String name = kind + "-" + id;
        return (ActorRef<Topic.Command<T>>) topics.computeIfAbsent(name, n -> system.systemActorOf(
                Topic.create(type, n), n + "-topic", Props.empty()));
    }

    private static final class Id extends ExtensionId<Topics> {
        static final Id INSTANCE = new Id();

        @Override
        public Topics createExtension(ActorSystem<?> system) {
            return new Topics(system);
        }
    }
}
