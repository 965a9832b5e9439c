package dev.involution.bots.api;

import java.util.List;

/**
 * An intervention of the regulator in force: its kind (WARNING, GIVEAWAY_CAP, PRICE_FLOOR, FINE,
 * SHARE_CAP, TRADING_HALT, RND_SUBSIDY, COMPUTE_VOUCHER), the firm it applies to (-1 for all), its
 * value (cents, basis points or units by kind), the rounds it holds, the regulator's reason (a
 * sentence quoting amounts in cents) and the numbers that triggered it as {@code figures}.
 */
public record InterventionView(long id, String kind, int firmId, long value, int fromRound, int untilRound,
                               String reason, List<InterventionFigure> figures) {

    public InterventionView {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
