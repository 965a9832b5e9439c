package dev.involution.bots.api.stream;

/**
 * One trade an order made when it was placed: the resting (maker) and incoming (taker) order ids,
 * buyer and seller firm (-1 is the compute farms), price in cents per unit and units.
 */
public record Fill(long makerOrderId, long takerOrderId, int buyerFirm, int sellerFirm, long price, long quantity) {
}
