package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decision that breaks a rule of the regulator is applied in the parts the rules allow: a bounty
 * above a cap comes down to it, a price under a floor goes up to it, a cooling-off halt keeps price
 * and bounty as they were; R&amp;D always applies. Only a firm that cannot act or a field out of
 * bounds is refused whole.
 */
class DecisionRulesTest {
    private final MarketConfig config = MarketConfig.defaults().withRounds(10).withMaxFirms(3);

    private Market started() {
        Market m = new Market(config, 11);
        m.join("alpha");
        m.join("beta");
        assertThat(m.start()).isEqualTo(ResultCode.OK);
        return m;
    }

    private static Intervention rule(InterventionKind kind, int firmId, long value, int from, int until) {
        return new Intervention(0, kind, firmId, value, from, until, kind + " for the test", List.of());
    }

    @Test
    void withoutRulesDecisionsApplyAsAsked() {
        Market m = started();
        AdmittedDecisions admitted = m.admitDecisions(0, new Decisions(12, 30, 40_000));
        assertThat(admitted.ok()).isTrue();
        assertThat(admitted.adjusted()).isFalse();
        assertThat(admitted.decisions()).isEqualTo(new Decisions(12, 30, 40_000));
    }

    @Test
    void aBountyAboveTheCapComesDownToItAndThePriceAndRndApply() {
        Market m = started();
        Intervention cap = m.impose(rule(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS, 10, 1, 4));
        long hash = m.stateHash();
        AdmittedDecisions admitted = m.admitDecisions(0, new Decisions(6, 25, 100_000));
        assertThat(m.stateHash()).as("admitting changes nothing").isEqualTo(hash);
        assertThat(admitted.decisions()).isEqualTo(new Decisions(6, 10, 100_000));
        assertThat(admitted.adjustments()).containsExactly(new DecisionAdjustment("bounty", 25, 10, cap));

        assertThat(m.setDecisions(0, new Decisions(6, 25, 100_000))).isEqualTo(ResultCode.OK);
        assertThat(m.firm(0).decisions()).isEqualTo(new Decisions(6, 10, 100_000));
    }

    @Test
    void thePriceGoesUpToTheHighestFloorAndTheBountyDownToTheLowestCap() {
        Market m = started();
        m.impose(rule(InterventionKind.PRICE_FLOOR, Intervention.ALL_FIRMS, 7, 1, 4));
        Intervention higher = m.impose(rule(InterventionKind.PRICE_FLOOR, 0, 9, 1, 4));
        m.impose(rule(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS, 10, 1, 4));
        Intervention lower = m.impose(rule(InterventionKind.GIVEAWAY_CAP, 0, 0, 1, 4));
        AdmittedDecisions admitted = m.admitDecisions(0, new Decisions(5, 20, 0));
        assertThat(admitted.decisions()).isEqualTo(new Decisions(9, 0, 0));
        assertThat(admitted.adjustments()).containsExactlyInAnyOrder(
                new DecisionAdjustment("bounty", 20, 0, lower), new DecisionAdjustment("price", 5, 9, higher));
        assertThat(m.admitDecisions(1, new Decisions(5, 20, 0)).decisions())
                .as("the other firm only has the rules for all firms").isEqualTo(new Decisions(7, 10, 0));
    }

    @Test
    void aCoolingOffHaltKeepsPriceAndBountyAndAppliesTheRnd() {
        Market m = started();
        m.setDecisions(0, new Decisions(11, 4, 0));
        Intervention halt = m.impose(rule(InterventionKind.TRADING_HALT, Intervention.ALL_FIRMS, 0, 1, 2));
        AdmittedDecisions admitted = m.admitDecisions(0, new Decisions(3, 50, 70_000));
        assertThat(admitted.decisions()).isEqualTo(new Decisions(11, 4, 70_000));
        assertThat(admitted.adjustments()).containsExactly(new DecisionAdjustment("price", 3, 11, halt),
                new DecisionAdjustment("bounty", 50, 4, halt));
        assertThat(m.admitDecisions(0, new Decisions(11, 4, 5)).adjusted())
                .as("unchanged price and bounty break nothing").isFalse();
    }

    @Test
    void rulesHoldOnlyInTheirRounds() {
        Market m = started();
        m.impose(rule(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS, 10, 2, 3));
        assertThat(m.admitDecisions(0, new Decisions(10, 25, 0)).adjusted()).as("round 1").isFalse();
        m.settleRound();
        assertThat(m.admitDecisions(0, new Decisions(10, 25, 0)).decisions().bounty()).as("round 2").isEqualTo(10);
    }

    @Test
    void fieldsOutOfBoundsAndFirmsThatCannotActAreRefusedWholeAndChangeNothing() {
        Market m = started();
        m.impose(rule(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS, 10, 1, 4));
        long hash = m.stateHash();
        assertThat(m.admitDecisions(0, new Decisions(-1, 25, 0)).code()).isEqualTo(ResultCode.INVALID_DECISION_PRICE);
        assertThat(m.setDecisions(0, new Decisions(12, 25, -3))).isEqualTo(ResultCode.INVALID_RND);
        assertThat(m.setDecisions(7, new Decisions(12, 5, 0))).isEqualTo(ResultCode.UNKNOWN_FIRM);
        assertThat(m.stateHash()).isEqualTo(hash);
    }

    @Test
    void admittedDecisionsAreAdmittedUnchangedSoAReplayAppliesTheSame() {
        Market m = started();
        m.impose(rule(InterventionKind.GIVEAWAY_CAP, Intervention.ALL_FIRMS, 10, 1, 4));
        m.impose(rule(InterventionKind.PRICE_FLOOR, Intervention.ALL_FIRMS, Limits.MAX_POSTED_PRICE + 5, 1, 4));
        Decisions applied = m.admitDecisions(0, new Decisions(4, 90, 1)).decisions();
        assertThat(applied).as("a floor past the largest price holds the price at the largest")
                .isEqualTo(new Decisions(Limits.MAX_POSTED_PRICE, 10, 1));
        AdmittedDecisions again = m.admitDecisions(0, applied);
        assertThat(again.adjusted()).isFalse();
        assertThat(again.decisions()).isEqualTo(applied);
    }
}
