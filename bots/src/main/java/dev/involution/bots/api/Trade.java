package dev.involution.bots.api;

/** One trade of compute: {@code quantity} units at {@code price} cents per unit; firm -1 is the compute farms. */
public record Trade(long price, long quantity, int buyerFirm, int sellerFirm) {
}
