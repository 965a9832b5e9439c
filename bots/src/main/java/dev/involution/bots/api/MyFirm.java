package dev.involution.bots.api;

import java.util.List;

/** A player's own firm in a match, with its orders resting in the book. */
public record MyFirm(String matchId, int round, long seq, OwnFirm firm, List<OpenOrder> openOrders) {
}
