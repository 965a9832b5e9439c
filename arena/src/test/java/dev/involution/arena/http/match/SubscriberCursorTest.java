package dev.involution.arena.http.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.NotUsed;
import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.typed.ActorSystem;
import akka.stream.Materializer;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import dev.involution.arena.http.CursorSource;
import dev.involution.arena.http.StreamCursor;
import dev.involution.arena.http.StreamText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SubscriberCursorTest {
    private static final ActorTestKit testKit = ActorTestKit.create();
    private static final ActorSystem<Void> system = testKit.system();

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    /** A journal of events 1..{@code written}, each read counted in {@code reads}. */
    private record Journal(long written, List<String> reads) implements SubscriberCursor.Journal {
        Journal(long written) {
            this(written, new ArrayList<>());
        }

        @Override
        public Source<StreamFrame, NotUsed> between(long from, long to) {
            synchronized (reads) {
                reads.add(from + ".." + to);
            }
            return Source.from(LongStream.rangeClosed(from, Math.min(to, written)).boxed().toList()).map(SubscriberCursorTest::event);
        }
    }

    private static StreamFrame event(long seq) {
        return new StreamFrame(seq, seq, StreamText.of("e" + seq));
    }

    private static StreamFrame heartbeat(long lastSeq) {
        return new StreamFrame(0, lastSeq, StreamText.of("hb" + lastSeq));
    }

    /** The feed's frames as a fanout's cursor hands them out: ended after the last, or at once after an overflow. */
    private static final class Frames implements StreamCursor<StreamFrame> {
        private final ArrayDeque<StreamFrame> left;
        private boolean ended;

        Frames(StreamFrame... frames) {
            this.left = new ArrayDeque<>(List.of(frames));
        }

        @Override
        public StreamFrame poll() {
            StreamFrame next = left.poll();
            ended = next == null || next.overflowed();
            return next;
        }

        @Override
        public boolean ended() {
            return ended;
        }

        @Override
        public void close() {
            ended = true;
        }
    }

    private final AtomicInteger sent = new AtomicInteger();

    private List<String> run(long start, Optional<String> first, Journal journal, StreamFrame... frames) throws Exception {
        return run(start, first, Optional.empty(), journal, frames);
    }

    private List<String> run(long start, Optional<String> first, Optional<Long> catchUpTo, SubscriberCursor.Journal journal,
                             StreamFrame... frames) throws Exception {
        return CursorSource.of(wake -> new SubscriberCursor(start, first.map(StreamText::of), catchUpTo, new Frames(frames),
                        journal, next -> StreamText.of("resync" + next), sent::incrementAndGet, wake,
                        Materializer.matFromSystem(system)))
                .runWith(Sink.seq(), system)
                .toCompletableFuture().get(30, TimeUnit.SECONDS)
                .stream().map(StreamText::text).toList();
    }

    @Test
    void theSnapshotFirstThenExactlyTheNextSequenceNumbersOlderOnesDropped() throws Exception {
        Journal journal = new Journal(10);
        List<String> texts = run(4, Optional.of("snapshot"), journal,
                event(2), event(3), event(4), event(5), event(5), event(6));

        assertThat(texts).containsExactly("snapshot", "e4", "e5", "e6");
        assertThat(journal.reads()).isEmpty();
        assertThat(sent).hasValue(4);
    }

    @Test
    void aFeedAheadOfTheSubscriberIsCaughtUpFromTheJournalFirst() throws Exception {
        Journal journal = new Journal(10);
        List<String> texts = run(3, Optional.of("snapshot"), journal, event(7), event(8));

        assertThat(texts).containsExactly("snapshot", "e3", "e4", "e5", "e6", "e7", "e8");
        assertThat(journal.reads()).containsExactly("3..6");
    }

    @Test
    void aHeartbeatAheadOfTheSubscriberIsCaughtUpToBeforeItIsSent() throws Exception {
        Journal journal = new Journal(10);
        List<String> texts = run(5, Optional.empty(), journal, heartbeat(3), heartbeat(6), event(7));

        assertThat(texts).containsExactly("hb3", "e5", "e6", "hb6", "e7");
        assertThat(journal.reads()).containsExactly("5..6");
    }

    @Test
    void aHoleTheJournalCannotFillYetIsNeverSkipped() throws Exception {
        // The journal holds 1..5 only: 6 is missing, so 7 and 8 must not be sent (nothing after a hole).
        Journal journal = new Journal(5);
        List<String> texts = run(4, Optional.empty(), journal, event(7), event(8));

        assertThat(texts).containsExactly("e4", "e5");
        assertThat(journal.reads()).containsExactly("4..6", "6..7");
    }

    @Test
    void anOverflowBecomesTheResyncThatNamesTheNextSequenceNumber() throws Exception {
        List<String> texts = run(1, Optional.of("snapshot"), new Journal(10),
                event(1), event(2), StreamFrame.OVERFLOWED);

        assertThat(texts).containsExactly("snapshot", "e1", "e2", "resync3");
    }

    @Test
    void theEndWaitsForAJournalReadUnderWay() throws Exception {
        // The frames end right after the one that needs a catch-up: the caught-up events still come.
        List<String> texts = run(1, Optional.empty(), new Journal(100), event(50));

        assertThat(texts).hasSize(50).startsWith("e1", "e2").endsWith("e49", "e50");
    }

    @Test
    void aReconnectReadsTheJournalUpToTheSnapshotsSequenceThenTheFeed() throws Exception {
        Journal journal = new Journal(10);
        // Subscribed at seq 6 with ?from=3; the feed's ring holds 6 (its first frame after the snapshot) and 7.
        List<String> texts = run(3, Optional.empty(), Optional.of(5L), journal, event(6), event(7));

        assertThat(texts).containsExactly("e3", "e4", "e5", "e6", "e7");
        assertThat(journal.reads()).containsExactly("3..5");
    }

    @Test
    void aReconnectAtTheNextSequenceNumberReadsNothing() throws Exception {
        Journal journal = new Journal(10);
        List<String> texts = run(6, Optional.empty(), Optional.of(5L), journal, event(6));

        assertThat(texts).containsExactly("e6");
        assertThat(journal.reads()).isEmpty();
    }

    @Test
    void aFailingJournalReadFailsTheSubscribersStream() {
        SubscriberCursor.Journal failing = (from, to) -> Source.failed(new IllegalStateException("journal down"));

        assertThatThrownBy(() -> run(1, Optional.empty(), Optional.empty(), failing, event(3)))
                .isInstanceOf(ExecutionException.class).hasRootCauseMessage("journal down");
    }
}
