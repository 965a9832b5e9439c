package dev.involution.bots.api;

/**
 * One firm's public result of a settled round (money in cents, share 0 to 1). Its profit line:
 * {@code net = revenue - computeCost - giveaway - rnd - fixedCost - fine + subsidy}, the change of
 * its cash over the round.
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
                        long net) {
}
