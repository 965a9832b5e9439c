package dev.involution.arena.engine.regulator;

/**
 * What a regulator can do. Each intervention holds for a number of rounds and is lifted
 * automatically; {@code value} means something per kind (see each constant).
 */
public enum InterventionKind {
    /** A public warning; no economic effect. value unused. */
    WARNING,
    /** No firm may post a giveaway bounty above value cents per new user. */
    GIVEAWAY_CAP,
    /** No firm may post a price below value cents per user per round. */
    PRICE_FLOOR,
    /** The firm pays value cents at the next settlement. */
    FINE,
    /** The firm cannot gain users (it keeps those it has). value: the share cap in basis points that it broke. */
    SHARE_CAP,
    /** Cooling off: prices and giveaways are frozen (decisions may change R&amp;D only) and giveaways are suspended. */
    TRADING_HALT,
    /** The regulator pays value basis points of the firm's R&amp;D spend back at each settlement. */
    RND_SUBSIDY,
    /** At the start of each round the firm receives value compute units at the farms' base cost. */
    COMPUTE_VOUCHER,
    /** Remedies: public farms train open specialized models for the use cases in the bit mask value, paid from the budget. */
    PUBLIC_FARMS,
    /** Remedies: value cents a round of the budget go to public basic research (the shared frontier). */
    BASIC_RESEARCH,
    /** Remedies: value cents a round of the budget go into the firm's R&amp;D (its quality, not its cash). */
    RND_GRANT,
    /** Remedies: a firm with more users than the standard's threshold spends at least value cents per 1,000 users a round on safety. */
    SAFETY_STANDARD,
    /** Remedies: value basis points of each firm's revenue go to the regulator's budget. */
    LEVY,
    /** No firm may post a price above value cents per user per round. */
    PRICE_CAP,
    /** Remedies: research consortia are banned; members share nothing. value unused. */
    CONSORTIUM_BAN
}
