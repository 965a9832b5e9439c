package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One firm's public result of a settled round (money in cents, share 0 to 1). Its profit line:
 * {@code net = revenue - computeCost - giveaway - rnd - fixedCost - fine + subsidy}, the change of
 * its cash over the round. Under the article's remedies, {@code remedy} holds the rest of its
 * round and its net also adds license fees earned and takes off license fees paid, safety and the levy.
 */
public record FirmRound(int firmId,
                        String name,
                        String status,
                        long price,
                        long bounty,
                        long rnd,
                        long users,
                        long newUsers,
                        long served,
                        long capacity,
                        long revenue,
                        long giveaway,
                        long computeCost,
                        long fine,
                        long subsidy,
                        long cash,
                        double quality,
                        double share,
                        long fixedCost,
                        long net,
                        @JsonInclude(JsonInclude.Include.NON_NULL) FirmRemedyRound remedy) {

    /** A firm's round under the classic rules. */
    public FirmRound(int firmId, String name, String status, long price, long bounty, long rnd, long users,
                     long newUsers, long served, long capacity, long revenue, long giveaway, long computeCost,
                     long fine, long subsidy, long cash, double quality, double share, long fixedCost, long net) {
        this(firmId, name, status, price, bounty, rnd, users, newUsers, served, capacity, revenue, giveaway,
                computeCost, fine, subsidy, cash, quality, share, fixedCost, net, null);
    }
}
