package dev.involution.bots.api;

import java.util.List;

/** What a settled round publishes: every firm's result and the market indicators. */
public record RoundResult(int round, List<FirmRound> firms, MarketIndicators indicators) {
}
