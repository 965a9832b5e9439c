package dev.involution.arena.engine;

import java.util.List;

/** What a settled round publishes: every firm's result and the market indicators. */
public record RoundReport(int round, List<FirmResult> firms, Indicators indicators) {
}
