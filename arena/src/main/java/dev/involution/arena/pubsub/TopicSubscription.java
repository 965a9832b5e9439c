package dev.involution.arena.pubsub;

import akka.NotUsed;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.pubsub.Topic;
import akka.japi.Pair;
import akka.stream.ActorAttributes;
import akka.stream.OverflowStrategy;
import akka.stream.StreamSubscriptionTimeoutTerminationMode;
import akka.stream.javadsl.AsPublisher;
import akka.stream.javadsl.Keep;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import akka.stream.typed.javadsl.ActorSource;
import java.time.Duration;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * A subscription to a topic taken now, whose messages a stream started later receives: a stream
 * client subscribes before it asks an entity for its state, so that nothing published after that
 * answer is missed. The messages wait (at most {@code buffer}, then the oldest go) until the
 * stream starts, for up to {@code startWithin}; a subscription whose stream never starts (its
 * handshake was lost) lets go of the topic then. Akka's own pre-materialization would give up
 * after the materializer's subscription timeout (5 s), shorter than an entity may take to answer
 * while it recovers.
 */
public final class TopicSubscription {
    private TopicSubscription() {
    }

    /** Subscribes to {@code topic}; the source of what it publishes from now on, to be run once. */
    public static <T> Source<T, NotUsed> subscribe(ActorSystem<?> system, ActorRef<Topic.Command<T>> topic,
                                                   int buffer, Duration startWithin) {
        Pair<ActorRef<T>, Publisher<T>> live = ActorSource.<T>actorRef(m -> false, m -> Optional.empty(), buffer,
                        OverflowStrategy.dropHead())
                .toMat(Sink.<T>asPublisher(AsPublisher.WITHOUT_FANOUT).withAttributes(
                        ActorAttributes.streamSubscriptionTimeout(startWithin,
                                StreamSubscriptionTimeoutTerminationMode.cancel())), Keep.both())
                .run(system);
        topic.tell(Topic.subscribe(live.first()));
        return Source.fromPublisher(live.second());
    }
}
