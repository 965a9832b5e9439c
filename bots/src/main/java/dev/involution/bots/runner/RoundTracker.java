package dev.involution.bots.runner;

import dev.involution.bots.api.MatchSummary;
import dev.involution.bots.api.stream.MatchEvent;
import dev.involution.bots.api.stream.RoundSettledEvent;
import dev.involution.bots.api.stream.Snapshot;
import dev.involution.bots.api.stream.StreamMessage;
import java.util.OptionalInt;

/**
 * Follows a match's lifecycle from its stream and says when a round opens that the bot has not
 * played yet: at the start, after each settlement that opens another round, on resuming, or at
 * once when joining a running match. Each round is handed out once.
 */
final class RoundTracker {
    private int rounds;
    private int round;
    private String status = "OPEN";
    private int lastPlayed;

    /** The round to play now, if this message opened one. */
    OptionalInt onMessage(StreamMessage message) {
        if (message instanceof Snapshot s) {
            MatchSummary summary = s.match().summary();
            rounds = summary.rounds();
            status = summary.status();
            round = summary.round();
            return due();
        }
        if (!(message instanceof MatchEvent e)) {
            return OptionalInt.empty();
        }
        switch (e.type()) {
            case MatchEvent.MATCH_CREATED -> e.matchCreated().ifPresent(c -> {
                if (c.settings() != null && c.settings().market() != null) {
                    rounds = c.settings().market().rounds();
                }
            });
            case MatchEvent.MATCH_STARTED -> {
                status = "RUNNING";
                round = 1;
            }
            case MatchEvent.ROUND_SETTLED -> {
                RoundSettledEvent settled = e.roundSettled().orElseThrow();
                int r = settled.report().round();
                boolean more = settled.nextDeadline() > 0 && (rounds == 0 || r < rounds);
                round = more ? r + 1 : r;
            }
            case MatchEvent.MATCH_PAUSED -> status = "PAUSED";
            case MatchEvent.MATCH_RESUMED -> status = "RUNNING";
            case MatchEvent.MATCH_FINISHED -> status = "FINISHED";
            default -> {
                return OptionalInt.empty();
            }
        }
        return due();
    }

    private OptionalInt due() {
        if ("RUNNING".equals(status) && round >= 1 && round > lastPlayed && (rounds == 0 || round <= rounds)) {
            lastPlayed = round;
            return OptionalInt.of(round);
        }
        return OptionalInt.empty();
    }

    int rounds() {
        return rounds;
    }

    boolean finished() {
        return "FINISHED".equals(status);
    }
}
