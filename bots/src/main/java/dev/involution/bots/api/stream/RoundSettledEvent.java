package dev.involution.bots.api.stream;

import dev.involution.bots.api.RoundResult;

/**
 * {@code round-settled}: the round {@code report.round()} is over and {@code report} is its result
 * (every firm's numbers and the market indicators). The next round ends at {@code nextDeadline}
 * (epoch ms); 0 means there is no next round: the match is over.
 */
public record RoundSettledEvent(long seq, long at, RoundResult report, long nextDeadline) {
}
