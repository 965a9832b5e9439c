package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.actor.typed.pubsub.Topic;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's handle on each match's pub-sub topic, where a match publishes its events once they
 * are persisted. Topics find each other across the cluster, so a stream on any node receives the
 * events of a match running on any other.
 */
final class MatchTopics {
    private final ActorSystem<?> system;
    private final Map<String, ActorRef<Topic.Command<MatchEvent>>> topics = new ConcurrentHashMap<>();

    MatchTopics(ActorSystem<?> system) {
        this.system = system;
    }

    ActorRef<Topic.Command<MatchEvent>> topic(String matchId) {
        return topics.computeIfAbsent(matchId, id -> system.systemActorOf(
                Topic.create(MatchEvent.class, MatchEntity.topicName(id)), "stream-topic-" + id, Props.empty()));
    }
}
