package dev.involution.arena.engine;

/**
 * Outcome of a command given to the engine. Everything except {@link #OK} is a rejection that left
 * the state unchanged. Codes are returned, never thrown, so the order path allocates nothing.
 */
public enum ResultCode {
    OK("accepted"),
    INVALID_QUANTITY("quantity must be a whole number of units between 1 and " + Limits.MAX_QUANTITY),
    INVALID_PRICE("price must be a whole number of cents between 1 and " + Limits.MAX_PRICE),
    DUPLICATE_ORDER_ID("an order with this id already exists"),
    UNKNOWN_ORDER("no resting order with this id"),
    NOT_ORDER_OWNER("the order belongs to another firm"),
    SELF_TRADE("the order would trade against one of the firm's own resting orders"),
    INSUFFICIENT_CASH("cash not committed to other bids does not cover price x quantity"),
    INSUFFICIENT_CAPACITY("capacity not committed to other asks does not cover the quantity"),
    UNKNOWN_FIRM("no firm with this id in the match"),
    FIRM_BANKRUPT("the firm is bankrupt and can no longer act"),
    MATCH_FULL("every seat of the match is taken"),
    NOT_ENOUGH_FIRMS("a match needs at least " + MarketConfig.MIN_FIRMS + " firms to start"),
    INVALID_DECISION_PRICE("posted price must be between 0 and " + Limits.MAX_POSTED_PRICE + " cents per user"),
    INVALID_BOUNTY("giveaway bounty must be between 0 and " + Limits.MAX_BOUNTY + " cents per new user"),
    INVALID_RND("R&D spend must be between 0 and " + Limits.MAX_RND + " cents per round"),
    MATCH_NOT_STARTED("the match has not started yet"),
    GIVEAWAY_CAP_EXCEEDED("the regulator's giveaway cap forbids a bounty this high: it comes down to the cap"),
    PRICE_BELOW_FLOOR("the regulator's price floor forbids a price this low: it goes up to the floor"),
    COOLING_OFF("a cooling-off halt freezes prices and giveaways: they stay as they were; only R&D may change"),
    SHARE_CAP_REACHED("the regulator's market-share cap forbids buying compute beyond what the firm's current users need"),
    UNKNOWN_INTERVENTION("no active intervention with this id"),
    MATCH_FINISHED("the match is finished"),
    REMEDIES_OFF("this match plays the classic rules: models, use cases, consortia and safety are not part of it"),
    INVALID_MODEL("model must be one of NONE, GENERAL, SPECIALIZED, LICENSED, PUBLIC"),
    INVALID_FOCUS("focus must name one of the match's use cases"),
    INVALID_LICENSE_FEE("license fee must be between 0 and " + Limits.MAX_POSTED_PRICE + " cents per served user"),
    INVALID_SAFETY("safety spend must be between 0 and " + Limits.MAX_RND + " cents per round"),
    INVALID_LICENSOR("a licensed model names the active firm that trains the general model (not itself); other models name none"),
    NO_PUBLIC_MODEL("no public farm offers a model for this use case now"),
    CONSORTIUM_BANNED("the regulator has banned research consortia for now"),
    PRICE_ABOVE_CAP("the regulator's price cap forbids a price this high: it comes down to the cap");

    private final String description;

    ResultCode(String description) {
        this.description = description;
    }

    /** A sentence a player can read, saying what was wrong. */
    public String description() {
        return description;
    }

    public boolean ok() {
        return this == OK;
    }
}
