package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.Done;
import akka.NotUsed;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorSystem;
import akka.stream.Attributes;
import akka.stream.javadsl.Keep;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.SinkQueueWithCancel;
import akka.stream.javadsl.Source;
import dev.involution.arena.testkit.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FanoutTest {
    /** What a subscriber that fell behind gets last. */
    private static final long OVERFLOWED = -1;

    private static final ActorTestKit testKit = ActorTestKit.create();
    private static final ActorSystem<Void> system = testKit.system();

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static void awaitSubscribers(Fanout<?> fanout, int count) {
        assertThat(Eventually.holds(() -> fanout.subscriberCount() == count))
                .as("%d subscribers started", count).isTrue();
    }

    /** The fanout read as the HTTP edge's sockets read it: a cursor, through {@link CursorSource}. */
    private static <T> Source<T, NotUsed> source(Fanout<T> fanout, Supplier<T> overflow) {
        return source(fanout, overflow, element -> false);
    }

    private static <T> Source<T, NotUsed> source(Fanout<T> fanout, Supplier<T> overflow, Predicate<T> wanted) {
        return CursorSource.of(wake -> fanout.cursor(overflow, wanted, wake));
    }

    private static List<Long> upTo(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void everySubscriberGetsEveryElementInOrderThenTheEnd() throws Exception {
        // The producer does not wait for anyone: a burst of 1,000 needs room for 1,000.
        Fanout<Long> fanout = new Fanout<>(1_024);
        CompletionStage<List<Long>> first = source(fanout, () -> OVERFLOWED).runWith(Sink.seq(), system);
        CompletionStage<List<Long>> second = source(fanout, () -> OVERFLOWED).runWith(Sink.seq(), system);
        awaitSubscribers(fanout, 2);

        Source.from(upTo(1_000)).runWith(fanout.sink(), system);

        assertThat(await(first)).isEqualTo(upTo(1_000));
        assertThat(await(second)).isEqualTo(upTo(1_000));
    }

    @Test
    void aSubscriberGetsWhatIsPublishedAfterItStarted() throws Exception {
        Fanout<Long> fanout = new Fanout<>(16);
        fanout.publish(1L);
        fanout.publish(2L);
        CompletionStage<List<Long>> late = source(fanout, () -> OVERFLOWED).runWith(Sink.seq(), system);
        awaitSubscribers(fanout, 1);
        fanout.publish(3L);
        fanout.finish(null);

        assertThat(await(late)).containsExactly(3L);
        // One that starts after the end ends at once.
        assertThat(await(source(fanout, () -> OVERFLOWED).runWith(Sink.seq(), system))).isEmpty();
    }

    @Test
    void aSubscriberCanStartWithTheNewestElementsItWantsStillInTheRing() throws Exception {
        Fanout<Long> fanout = new Fanout<>(8);
        for (long e = 1; e <= 10; e++) {
            fanout.publish(e);
        }
        // Read back from the newest while wanted: 9 and 10 (8 is not, so 7 is not read either).
        CompletionStage<List<Long>> fromNine = source(fanout, () -> OVERFLOWED, e -> e >= 9 || e == 7)
                .runWith(Sink.seq(), system);
        // Back no further than half the limit: 7 to 10, not 1 to 6, though all are wanted.
        CompletionStage<List<Long>> all = source(fanout, () -> OVERFLOWED, e -> true).runWith(Sink.seq(), system);
        CompletionStage<List<Long>> none = source(fanout, () -> OVERFLOWED, e -> false).runWith(Sink.seq(), system);
        awaitSubscribers(fanout, 3);
        fanout.publish(11L);
        fanout.finish(null);

        assertThat(await(fromNine)).containsExactly(9L, 10L, 11L);
        assertThat(await(all)).containsExactly(7L, 8L, 9L, 10L, 11L);
        assertThat(await(none)).containsExactly(11L);
    }

    @Test
    void aFailureReachesSubscribersAfterTheirElements() throws Exception {
        Fanout<Long> fanout = new Fanout<>(16);
        List<Long> received = new ArrayList<>();
        CompletionStage<Done> done = source(fanout, () -> OVERFLOWED).runForeach(received::add, system);
        awaitSubscribers(fanout, 1);

        Source.from(upTo(4))
                .map(e -> {
                    if (e == 4) {
                        throw new IllegalStateException("the feed broke");
                    }
                    return e;
                })
                .runWith(fanout.sink(), system);

        assertThatThrownBy(() -> await(done)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("the feed broke");
        assertThat(received).isEqualTo(upTo(3));
    }

    @Test
    void aSubscriberThatReadsNothingIsEndedWithTheOverflowElementAndHoldsBackNobody() throws Exception {
        int limit = 8;
        Fanout<Long> fanout = new Fanout<>(limit);
        AtomicInteger overflows = new AtomicInteger();
        SinkQueueWithCancel<Long> slow = source(fanout, () -> {
                    overflows.incrementAndGet();
                    return OVERFLOWED;
                })
                .toMat(Sink.queue(), Keep.right())
                .withAttributes(Attributes.inputBuffer(1, 1))
                .run(system);
        SinkQueueWithCancel<Long> fast = source(fanout, () -> OVERFLOWED).runWith(Sink.queue(), system);
        awaitSubscribers(fanout, 2);

        // In lockstep: each element reaches the other subscriber before the next is published.
        for (long i = 1; i <= 100; i++) {
            fanout.publish(i);
            assertThat(await(fast.pull())).as("element %d reaches the other subscriber", i).contains(i);
        }
        // Found by the producer, before the slow one asks for anything more.
        assertThat(Eventually.holds(() -> overflows.get() == 1)).as("the overflow is noticed").isTrue();
        fanout.finish(null);
        assertThat(await(fast.pull())).as("the other one's end").isEmpty();

        List<Long> read = new ArrayList<>();
        Optional<Long> next;
        while ((next = await(slow.pull())).isPresent()) {
            read.add(next.get());
        }
        assertThat(read.get(read.size() - 1)).isEqualTo(OVERFLOWED);
        List<Long> run = read.subList(0, read.size() - 1);
        assertThat(run).isEqualTo(upTo(run.size()));
        assertThat(run.size()).as("what it had taken before it fell behind").isLessThanOrEqualTo(limit);
        assertThat(overflows.get()).isEqualTo(1);
        assertThat(fanout.subscriberCount()).isZero();
    }

    @Test
    void aSubscriberThatAsksLateFindsItFellBehind() throws Exception {
        Fanout<Long> fanout = new Fanout<>(16);
        SinkQueueWithCancel<Long> lagging = source(fanout, () -> OVERFLOWED)
                .toMat(Sink.queue(), Keep.right())
                .withAttributes(Attributes.inputBuffer(1, 1))
                .run(system);
        awaitSubscribers(fanout, 1);
        fanout.publish(1L);
        assertThat(await(lagging.pull())).contains(1L);
        // 17 behind: more than the limit, though the producer's check (every 4th) may not have run.
        for (long i = 2; i <= 19; i++) {
            fanout.publish(i);
        }
        List<Long> rest = new ArrayList<>();
        Optional<Long> next;
        while ((next = await(lagging.pull())).isPresent()) {
            rest.add(next.get());
        }
        assertThat(rest.get(rest.size() - 1)).isEqualTo(OVERFLOWED);
        List<Long> run = rest.subList(0, rest.size() - 1);
        assertThat(run).isEqualTo(LongStream.rangeClosed(2, 1 + run.size()).boxed().toList());
    }

    @Test
    void aSubscriberThatCancelsIsForgotten() throws Exception {
        Fanout<Long> fanout = new Fanout<>(128);
        CompletionStage<List<Long>> two = source(fanout, () -> OVERFLOWED).take(2).runWith(Sink.seq(), system);
        CompletionStage<List<Long>> all = source(fanout, () -> OVERFLOWED).runWith(Sink.seq(), system);
        awaitSubscribers(fanout, 2);

        for (long i = 1; i <= 5; i++) {
            fanout.publish(i);
        }
        assertThat(await(two)).containsExactly(1L, 2L);
        awaitSubscribers(fanout, 1);
        for (long i = 6; i <= 100; i++) {
            fanout.publish(i);
        }
        fanout.finish(null);
        assertThat(await(all)).isEqualTo(upTo(100));
    }

    @Test
    void subscribersOnTheirOwnThreadsGetEveryElementOnceAndInOrder() throws Exception {
        int elements = 20_000;
        Fanout<Long> fanout = new Fanout<>(elements);
        List<CompletionStage<List<Long>>> received = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            received.add(source(fanout, () -> OVERFLOWED).async().runWith(Sink.seq(), system));
        }
        awaitSubscribers(fanout, 8);

        Thread producer = new Thread(() -> {
            for (long i = 1; i <= elements; i++) {
                fanout.publish(i);
                if (i % 1_000 == 0) {
                    Thread.yield();
                }
            }
            fanout.finish(null);
        });
        producer.start();
        producer.join(Duration.ofSeconds(30).toMillis());

        for (CompletionStage<List<Long>> r : received) {
            assertThat(await(r)).isEqualTo(upTo(elements));
        }
    }

    @Test
    void slowSubscribersOnTheirOwnThreadsGetAGapFreeRunThenPerhapsTheOverflow() throws Exception {
        int elements = 5_000;
        Fanout<Long> fanout = new Fanout<>(32);
        List<CompletionStage<List<Long>>> received = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int pause = i;
            received.add(source(fanout, () -> OVERFLOWED).async()
                    .map(e -> {
                        if (pause > 0 && e % 50 == 0) {
                            Thread.sleep(pause);
                        }
                        return e;
                    })
                    .runWith(Sink.seq(), system));
        }
        awaitSubscribers(fanout, 6);

        Thread producer = new Thread(() -> {
            for (long i = 1; i <= elements; i++) {
                fanout.publish(i);
            }
            fanout.finish(null);
        });
        producer.start();
        producer.join(Duration.ofSeconds(30).toMillis());

        for (CompletionStage<List<Long>> r : received) {
            List<Long> got = await(r);
            boolean overflowed = !got.isEmpty() && got.get(got.size() - 1) == OVERFLOWED;
            List<Long> run = overflowed ? got.subList(0, got.size() - 1) : got;
            assertThat(run).isEqualTo(upTo(run.size()));
            if (!overflowed) {
                assertThat(run).hasSize(elements);
            }
        }
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new Fanout<Long>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
