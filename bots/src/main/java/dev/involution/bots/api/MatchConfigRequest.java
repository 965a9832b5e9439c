package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What an admin sends to create a match; every field is optional and defaults to the bot-league
 * settings: 60 rounds of 2,000 ms, 8 seats, a random seed, no house bots, policy laissez-faire.
 * {@code preset} picks a starting point ({@code bot-league} or {@code classroom}: 15,000 ms rounds,
 * 30 seats) that the other fields then override. {@code policySettings} overrides any of the
 * regulator's thresholds by name (see the rules); the others keep their defaults. {@code lockstep}
 * true ends each round as soon as every firm has said it is ready (at the latest after
 * {@code roundMillis}). {@code rules} picks the market's rules: {@code classic} or {@code remedies}
 * (the article's remedies; the default for the {@code article} and {@code over-regulation} policies,
 * which need them). Fields left out are not written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchConfigRequest(String name,
                                 String preset,
                                 Integer rounds,
                                 Long roundMillis,
                                 Long seed,
                                 Integer seats,
                                 List<String> houseBots,
                                 String policy,
                                 Map<String, Object> policySettings,
                                 Boolean lockstep,
                                 String rules) {

    /** Rules of the market: the classic game. */
    public static final String CLASSIC = "classic";
    /** Rules of the market: the classic game plus the article's remedies (use cases, models, research, consortia, safety). */
    public static final String REMEDIES = "remedies";

    /** A request for the default rules (classic, or the remedies for a policy that needs them). */
    public MatchConfigRequest(String name, String preset, Integer rounds, Long roundMillis, Long seed, Integer seats,
                              List<String> houseBots, String policy, Map<String, Object> policySettings,
                              Boolean lockstep) {
        this(name, preset, rounds, roundMillis, seed, seats, houseBots, policy, policySettings, lockstep, null);
    }
}
