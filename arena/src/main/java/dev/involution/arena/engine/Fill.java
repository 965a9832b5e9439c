package dev.involution.arena.engine;

/** One trade of compute: {@code quantity} units at {@code price} cents per unit (the resting order's price). */
public record Fill(long makerOrderId, long takerOrderId, int buyerFirm, int sellerFirm, long price, long quantity) {
}
