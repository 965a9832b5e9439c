package dev.involution.bots.strategy;

import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * A way of playing a firm: once per round, given the public market and the firm's own state, it
 * decides prices, giveaways, R&amp;D and compute orders. The same strategy runs as a house bot inside
 * the arena, in the headless runner and, through the client, against a remote arena.
 * Implementations keep their memory in fields; one instance plays one seat.
 */
public interface Strategy {
    Plan plan(MarketView market, OwnFirm me);
}
