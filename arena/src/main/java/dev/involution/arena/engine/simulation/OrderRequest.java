package dev.involution.arena.engine.simulation;

import dev.involution.arena.engine.book.Side;

/** A limit order a firm wants placed: side, price in cents per unit, quantity in units. */
public record OrderRequest(Side side, long price, long quantity) {
}
