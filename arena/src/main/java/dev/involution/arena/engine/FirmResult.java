package dev.involution.arena.engine;

/**
 * One firm's published result of a round. Money in cents; {@code computeCost} is what the firm paid
 * for compute this round net of what it earned reselling; {@code share} is its share of all users
 * served by some firm (0 to 1).
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
                         long cash,
                         double quality,
                         double share) {
}
