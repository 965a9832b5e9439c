package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A firm's posted decisions for the current round, all in cents: {@code price} per user per round,
 * {@code bounty} paid once per newly acquired user (the giveaway), {@code rnd} spent on R&amp;D
 * this round.
 *
 * <p>In a match with the article's remedies, also (each optional; left out, it stays as it was):
 * {@code model} ({@code NONE}, {@code GENERAL}, {@code SPECIALIZED}, {@code LICENSED} or
 * {@code PUBLIC}), {@code focus} (the use case, by index, of a specialized or public model),
 * {@code licensor} (the firm whose general model a {@code LICENSED} model is; -1 for none),
 * {@code licenseFee} (cents per served user other firms pay to license this firm's general model),
 * {@code consortium} (member of the research consortium) and {@code safety} (cents a round).
 */
public record Decisions(@JsonProperty(required = true) long price,
                        @JsonProperty(required = true) long bounty,
                        @JsonProperty(required = true) long rnd,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String model,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer focus,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer licensor,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long licenseFee,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean consortium,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long safety) {

    /** Price, bounty and R&amp;D only (the classic decisions). */
    public Decisions(long price, long bounty, long rnd) {
        this(price, bounty, rnd, null, null, null, null, null, null);
    }

    /** These decisions with the remedies' choices. */
    public Decisions withRemedies(String newModel, Integer newFocus, Integer newLicensor, Long newLicenseFee,
                                  Boolean newConsortium, Long newSafety) {
        return new Decisions(price, bounty, rnd, newModel, newFocus, newLicensor, newLicenseFee, newConsortium,
                newSafety);
    }

    /** Whether any of the remedies' choices is given. */
    public boolean hasRemedies() {
        return model != null || focus != null || licensor != null || licenseFee != null || consortium != null
                || safety != null;
    }
}
