package dev.involution.arena.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import akka.NotUsed;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorRef;
import akka.actor.typed.pubsub.Topic;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A subscription's stream may start well after Akka's subscription timeout (here made 100 ms) and
 * still gets what the topic published from the moment of subscribing; one that never starts lets go.
 */
class TopicSubscriptionTest {
    private static final ActorTestKit testKit = ActorTestKit.create(ConfigFactory.parseString(
            "akka.stream.materializer.subscription-timeout.timeout = 100ms").withFallback(ConfigFactory.load()));

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    private static ActorRef<Topic.Command<String>> topic(String name) {
        return testKit.spawn(Topic.create(String.class, name));
    }

    private static Topic.TopicStats stats(ActorRef<Topic.Command<String>> topic) throws Exception {
        var probe = testKit.<Topic.TopicStats>createTestProbe();
        topic.tell(Topic.getTopicStats(probe.ref()));
        return probe.receiveMessage(Duration.ofSeconds(10));
    }

    private static void awaitSubscribers(ActorRef<Topic.Command<String>> topic, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (stats(topic).localSubscriberCount() != count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(stats(topic).localSubscriberCount()).as("subscribers").isEqualTo(count);
    }

    @Test
    void aStreamStartedAfterTheMaterializersTimeoutGetsWhatWasPublishedSinceSubscribing() throws Exception {
        ActorRef<Topic.Command<String>> topic = topic("late");
        Source<String, NotUsed> live = TopicSubscription.subscribe(testKit.system(), topic, 16, Duration.ofSeconds(30));
        awaitSubscribers(topic, 1);
        topic.tell(Topic.publish("before the stream"));
        Thread.sleep(500);

        var got = live.take(2).runWith(Sink.seq(), testKit.system());
        topic.tell(Topic.publish("after it started"));

        assertThat(got.toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isEqualTo(List.of("before the stream", "after it started"));
    }

    @Test
    void aSubscriptionWhoseStreamNeverStartsLetsGoOfTheTopic() throws Exception {
        ActorRef<Topic.Command<String>> topic = topic("abandoned");
        TopicSubscription.subscribe(testKit.system(), topic, 16, Duration.ofMillis(300));
        awaitSubscribers(topic, 1);

        awaitSubscribers(topic, 0);
    }
}
