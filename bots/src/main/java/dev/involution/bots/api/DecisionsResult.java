package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to posting decisions: the decisions in force now ({@code price}, {@code bounty},
 * {@code rnd}, cents) and the parts the regulator's rules changed ({@code adjustments}, empty when
 * everything applied as asked). A decision that breaks a rule is not refused whole: the allowed
 * parts apply, the rest is clamped or kept as the rule says. In a match with the article's remedies
 * that was asked for choices, also the choices now in force (see {@link Decisions}).
 */
public record DecisionsResult(long price, long bounty, long rnd, List<DecisionAdjustment> adjustments,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String model,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer focus,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer licensor,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long licenseFee,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Boolean consortium,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long safety) {

    public DecisionsResult {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** The answer under the classic rules. */
    public DecisionsResult(long price, long bounty, long rnd, List<DecisionAdjustment> adjustments) {
        this(price, bounty, rnd, adjustments, null, null, null, null, null, null);
    }

    /** This answer with the choices now in force (those of {@code d}). */
    public DecisionsResult withChoices(Decisions d) {
        return new DecisionsResult(price, bounty, rnd, adjustments, d.model(), d.focus(), d.licensor(), d.licenseFee(),
                d.consortium(), d.safety());
    }

    /** The decisions in force, without the adjustments. */
    public Decisions decisions() {
        return new Decisions(price, bounty, rnd, model, focus, licensor, licenseFee, consortium, safety);
    }
}
