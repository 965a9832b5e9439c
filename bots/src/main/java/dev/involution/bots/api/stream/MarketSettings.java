package dev.involution.bots.api.stream;

/**
 * The market's rules in a match (see docs/GAME.md): rounds, seats, market size in users, users one
 * unit of compute serves, starting cash (cents) and quality, default posted price, fixed cost per
 * round (cents) and the compute farms' supply.
 */
public record MarketSettings(int rounds,
                             int maxFirms,
                             long marketSize,
                             long usersPerUnit,
                             long startCash,
                             double startQuality,
                             long defaultPrice,
                             long fixedCost,
                             SupplySettings supply) {
}
