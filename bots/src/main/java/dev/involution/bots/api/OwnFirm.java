package dev.involution.bots.api;

/**
 * A firm's own state, as only its player sees it: cash and the part of it committed to resting
 * bids, quality, users by segment, compute capacity held this round and the part committed to
 * resting asks, and the decisions in force.
 */
public record OwnFirm(int firmId,
                      String name,
                      String status,
                      long cash,
                      long reservedCash,
                      double quality,
                      long loyalUsers,
                      long mercenaryUsers,
                      long capacity,
                      long reservedCapacity,
                      Decisions decisions) {

    public long users() {
        return loyalUsers + mercenaryUsers;
    }
}
