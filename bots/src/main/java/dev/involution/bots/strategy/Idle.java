package dev.involution.bots.strategy;

import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;

/**
 * A degenerate baseline: never buys compute, never changes a decision, serves no one. It exists to
 * show that doing nothing does not pay: its users are left unserved and leave, while it pays its
 * fixed cost every round.
 */
public final class Idle implements Strategy {

    @Override
    public Plan plan(MarketView market, OwnFirm me) {
        return null;
    }
}
