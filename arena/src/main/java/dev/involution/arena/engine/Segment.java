package dev.involution.arena.engine;

/** The two kinds of users: loyal users stay unless something is clearly better; mercenaries chase giveaways. */
public enum Segment {
    LOYAL,
    MERCENARY;

    double redecideRate(Demand d) {
        return this == LOYAL ? d.loyalRedecide() : d.mercenaryRedecide();
    }

    double bountyWeight(Demand d) {
        return this == LOYAL ? d.loyalBountyWeight() : d.mercenaryBountyWeight();
    }

    double loyaltyBonus(Demand d) {
        return this == LOYAL ? d.loyaltyBonus() : 0.0;
    }
}
