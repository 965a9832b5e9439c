package dev.involution.arena.view;

import dev.involution.bots.api.Decisions;

/**
 * The choices under the article's remedies a request asks for, each optional (null: as it was):
 * the model's name, the focus use case, the licensor, the license fee, consortium membership and
 * the safety spend.
 */
public record RemedyRequest(String model, Integer focus, Integer licensor, Long licenseFee, Boolean consortium,
                            Long safety) {

    /** The choices a posted decisions body asks for, or null when it asks for none. */
    public static RemedyRequest of(Decisions d) {
        if (d == null || !d.hasRemedies()) {
            return null;
        }
        return new RemedyRequest(d.model(), d.focus(), d.licensor(), d.licenseFee(), d.consortium(), d.safety());
    }
}
