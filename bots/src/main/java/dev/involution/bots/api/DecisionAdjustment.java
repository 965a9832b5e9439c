package dev.involution.bots.api;

/**
 * A part of a firm's decisions that a rule of the regulator changed: the {@code field}
 * ({@code price} or {@code bounty}), the value asked for and the value that applies instead (cents);
 * {@code code} names the rule ({@code GIVEAWAY_CAP_EXCEEDED}: the bounty came down to the cap;
 * {@code PRICE_BELOW_FLOOR}: the price went up to the floor; {@code COOLING_OFF}: a halt kept the
 * value as it was), {@code message} says so in a sentence with the regulator's reason, and
 * {@code intervention} is the rule itself (its terms, the rounds it holds, its figures).
 */
public record DecisionAdjustment(String field,
                                 long requested,
                                 long applied,
                                 String code,
                                 String message,
                                 InterventionView intervention) {
}
