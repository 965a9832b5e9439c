package dev.involution.bots.api.stream;

import dev.involution.bots.api.FinalStanding;
import java.util.List;

/** {@code match-finished}: the match is over (after its last round, or {@code stopped} by an admin). */
public record MatchFinishedEvent(long seq, long at, boolean stopped, List<FinalStanding> standings) {
}
