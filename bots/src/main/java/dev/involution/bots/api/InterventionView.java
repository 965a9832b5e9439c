package dev.involution.bots.api;

/**
 * An intervention of the regulator in force: its kind (WARNING, GIVEAWAY_CAP, PRICE_FLOOR, FINE,
 * SHARE_CAP, TRADING_HALT, RND_SUBSIDY, COMPUTE_VOUCHER), the firm it applies to (-1 for all), its
 * value (cents, basis points or units by kind), the rounds it holds and the regulator's reason.
 */
public record InterventionView(long id, String kind, int firmId, long value, int fromRound, int untilRound,
                               String reason) {
}
