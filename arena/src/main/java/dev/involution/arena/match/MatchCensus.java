package dev.involution.arena.match;

import akka.actor.typed.ActorSystem;
import dev.involution.bots.api.MatchSummary;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How many matches are in each status, for the {@code arena_matches{status}} gauge. It asks the
 * match directory at a fixed interval and keeps the last count, so a scrape reads a number and
 * never waits for an actor; every status is always reported, with 0 when no match is in it.
 */
public final class MatchCensus {
    private final AtomicReference<Map<String, Long>> counts = new AtomicReference<>(count(List.of()));

    private MatchCensus() {
    }

    /** A census of {@code matches}, taken every {@code interval} while the actor system runs. */
    public static MatchCensus start(ActorSystem<?> system, Matches matches, Duration interval) {
        MatchCensus census = new MatchCensus();
        system.scheduler().scheduleWithFixedDelay(Duration.ZERO, interval,
                () -> matches.list().thenAccept(list -> census.counts.set(count(list))), system.executionContext());
        return census;
    }

    /** The last count: status name to number of matches. */
    public Map<String, Long> counts() {
        return counts.get();
    }

    static Map<String, Long> count(List<MatchSummary> matches) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MatchStatus status : MatchStatus.values()) {
            counts.put(status.name(), 0L);
        }
        for (MatchSummary m : matches) {
            counts.merge(m.status(), 1L, Long::sum);
        }
        return Map.copyOf(counts);
    }
}
