package dev.involution.arena.engine;

/**
 * What a firm posts for the current round: its price (cents per user per round), its giveaway
 * bounty (cents paid once per newly acquired user) and its R&amp;D spend (cents this round). The
 * last values before the tick count.
 */
public record Decisions(long price, long bounty, long rnd) {

    /** Checks the bounds; returns {@link ResultCode#OK} or the code of the first field out of range. */
    public ResultCode validate() {
        if (price < 0 || price > Limits.MAX_POSTED_PRICE) {
            return ResultCode.INVALID_DECISION_PRICE;
        }
        if (bounty < 0 || bounty > Limits.MAX_BOUNTY) {
            return ResultCode.INVALID_BOUNTY;
        }
        if (rnd < 0 || rnd > Limits.MAX_RND) {
            return ResultCode.INVALID_RND;
        }
        return ResultCode.OK;
    }
}
