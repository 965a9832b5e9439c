package dev.involution.arena.http;

import static org.assertj.core.api.Assertions.assertThat;

import akka.Done;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorSystem;
import akka.stream.javadsl.Keep;
import akka.stream.javadsl.Source;
import dev.involution.arena.testkit.Eventually;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SourceCursorTest {
    private static final ActorTestKit testKit = ActorTestKit.create();
    private static final ActorSystem<Void> system = testKit.system();

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    /** Polls whenever woken, as a socket would, until the cursor ends; what it read. */
    private static List<Integer> readAll(Source<Integer, ?> source) throws InterruptedException {
        List<Integer> read = new ArrayList<>();
        Semaphore woken = new Semaphore(0);
        SourceCursor<Integer> cursor = SourceCursor.open(source, system, woken::release);
        while (!cursor.ended()) {
            Integer next = cursor.poll();
            if (next != null) {
                read.add(next);
            } else if (!cursor.ended()) {
                assertThat(woken.tryAcquire(10, TimeUnit.SECONDS)).as("woken after nothing was there").isTrue();
            }
        }
        return read;
    }

    @Test
    void theReaderGetsEveryElementInOrderThenTheEnd() throws InterruptedException {
        List<Integer> elements = IntStream.range(0, 500).boxed().toList();
        assertThat(readAll(Source.from(elements))).isEqualTo(elements);
    }

    @Test
    void aFailingStreamEndsTheCursorWithItsFailure() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger wakes = new AtomicInteger();
        SourceCursor<Integer> cursor = SourceCursor.open(Source.single(1).concat(Source.failed(boom)), system,
                wakes::incrementAndGet);
        List<Integer> read = new ArrayList<>();
        assertThat(Eventually.holds(() -> {
            Integer next = cursor.poll();
            if (next != null) {
                read.add(next);
            }
            return cursor.ended();
        })).isTrue();
        // What the stream had not handed over when it failed may be dropped: the socket ends in an error anyway.
        assertThat(read).isSubsetOf(1);
        assertThat(cursor.failure()).isSameAs(boom);
        assertThat(cursor.poll()).isNull();
    }

    @Test
    void theStreamRunsAtTheReadersPace() throws Exception {
        AtomicInteger produced = new AtomicInteger();
        Source<Integer, ?> counted = Source.fromIterator(() -> IntStream.iterate(0, i -> i + 1).iterator())
                .map(i -> {
                    produced.incrementAndGet();
                    return i;
                });
        AtomicInteger wakes = new AtomicInteger();
        SourceCursor<Integer> cursor = SourceCursor.open(counted, system, wakes::incrementAndGet);
        assertThat(Eventually.holds(() -> wakes.get() > 0)).isTrue();
        Thread.sleep(200);
        int unread = produced.get();
        assertThat(unread).as("elements taken from the source while the reader read none").isLessThanOrEqualTo(3);
        for (int i = 0; i < 10; i++) {
            assertThat(Eventually.holds(() -> cursor.poll() != null)).isTrue();
        }
        Thread.sleep(200);
        assertThat(produced.get()).as("elements taken after ten were read").isLessThanOrEqualTo(unread + 10);
        cursor.close();
    }

    @Test
    void closingTheCursorCancelsTheStream() throws Exception {
        CompletableFuture<Done> terminated = new CompletableFuture<>();
        Source<Integer, ?> endless = Source.repeat(7).watchTermination(Keep.right())
                .mapMaterializedValue(done -> done.whenComplete((d, e) -> terminated.complete(Done.getInstance())));
        SourceCursor<Integer> cursor = SourceCursor.open(endless, system, () -> { });
        assertThat(Eventually.holds(() -> cursor.poll() != null)).isTrue();
        cursor.close();
        assertThat(Eventually.holds(terminated::isDone)).as("the stream was cancelled").isTrue();
        assertThat(cursor.ended()).isTrue();
        assertThat(cursor.poll()).isNull();
    }
}
