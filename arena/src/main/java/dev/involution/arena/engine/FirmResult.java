package dev.involution.arena.engine;

/**
 * One firm's published result of a round. Money in cents; {@code computeCost} is what the firm paid
 * for compute this round net of what it earned reselling; {@code fine} and {@code subsidy} are what
 * the regulator took and paid this round; {@code share} is its share of all users with some firm
 * (0 to 1). {@code giveaway} is what the firm actually paid: its bounty times its new users, with
 * giveaways suspended during a cooling-off halt. {@link #net()} is the change of its cash over the round.
 */
public record FirmResult(int firmId,
                         String name,
                         FirmStatus status,
                         long price,
                         long bounty,
                         long rnd,
                         long users,
                         long loyalUsers,
                         long mercenaryUsers,
                         long newUsers,
                         long served,
                         long capacity,
                         long revenue,
                         long giveaway,
                         long computeCost,
                         long fixedCost,
                         long fine,
                         long subsidy,
                         long cash,
                         double quality,
                         double share,
                         FirmRemedyResult remedy) {

    /** A firm's result under the classic rules. */
    public FirmResult(int firmId, String name, FirmStatus status, long price, long bounty, long rnd, long users,
                      long loyalUsers, long mercenaryUsers, long newUsers, long served, long capacity, long revenue,
                      long giveaway, long computeCost, long fixedCost, long fine, long subsidy, long cash,
                      double quality, double share) {
        this(firmId, name, status, price, bounty, rnd, users, loyalUsers, mercenaryUsers, newUsers, served, capacity,
                revenue, giveaway, computeCost, fixedCost, fine, subsidy, cash, quality, share, null);
    }

    /** The same result with its share of users. */
    public FirmResult withShare(double newShare) {
        return new FirmResult(firmId, name, status, price, bounty, rnd, users, loyalUsers, mercenaryUsers, newUsers,
                served, capacity, revenue, giveaway, computeCost, fixedCost, fine, subsidy, cash, quality, newShare,
                remedy);
    }

    /**
     * The round's profit or loss, the change of the firm's cash over the round: revenue minus
     * compute, giveaways, R&amp;D, the fixed cost and fines, plus subsidies; under the remedies also
     * plus license fees earned, less license fees paid, safety and the levy.
     */
    public long net() {
        return revenue - computeCost - giveaway - rnd - fixedCost - fine + subsidy
                + (remedy == null ? 0 : remedy.net());
    }
}
