package dev.involution.bots.api;

/** Side of a compute order: BUY (a bid) or SELL (an ask, reselling capacity the firm holds). */
public enum Side {
    BUY,
    SELL
}
