package dev.involution.arena.match;

import dev.involution.arena.engine.ConfigProblem;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.Remedies;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.bots.api.MatchConfigRequest;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Turns a match request into settings: a preset ({@code bot-league} by default, or
 * {@code classroom}) supplies the defaults and the request's fields override them. The request's
 * regulator thresholds ({@code policySettings}, free-form JSON) come in already read: the HTTP edge
 * reads them and answers a wrong one with problem+json.
 */
public final class MatchPresets {
    /** A preset's round length and seats. */
    public record Preset(long roundMillis, int seats) {
    }

    public static final String DEFAULT_PRESET = "bot-league";
    public static final Map<String, Preset> PRESETS = Map.of(
            "bot-league", new Preset(2_000, 8),
            "classroom", new Preset(15_000, 30));

    /** Settings whose request field has another name. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of("maxFirms", "seats");

    private MatchPresets() {
    }

    /**
     * The settings a request asks for, with {@code policySettings} as the regulator's thresholds in
     * place of the request's own (see the class comment); unknown preset names are reported by
     * {@link MatchSettings#validate()}'s caller.
     */
    public static MatchSettings settings(MatchConfigRequest r, PolicySettings policySettings, LongSupplier randomSeed,
                                         boolean demo) {
        Preset preset = PRESETS.getOrDefault(r.preset() == null ? DEFAULT_PRESET : r.preset(), PRESETS.get(DEFAULT_PRESET));
        MarketConfig market = MarketConfig.defaults()
                .withRounds(r.rounds() != null ? r.rounds() : MarketConfig.defaults().rounds())
                .withMaxFirms(r.seats() != null ? r.seats() : preset.seats());
        String policy = r.policy() != null ? r.policy() : MatchSettings.DEFAULT_POLICY;
        if (remedies(r.rules(), policy)) {
            market = market.withRemedies(Remedies.defaults());
        }
        return new MatchSettings(
                r.name() != null ? r.name() : demo ? "Demo match" : "Match",
                r.roundMillis() != null ? r.roundMillis() : preset.roundMillis(),
                r.seed() != null ? r.seed() : randomSeed.getAsLong(),
                r.houseBots() != null ? r.houseBots() : List.of(),
                policy,
                policySettings,
                demo,
                market).withSchedule(Boolean.TRUE.equals(r.lockstep()), 0);
    }

    /**
     * What is wrong with settings made from a request, named as the request names its fields
     * ({@code seats} for the market's {@code maxFirms}); empty when they are usable.
     */
    public static List<ConfigProblem> problems(MatchSettings settings) {
        return settings.validate().stream()
                .map(p -> new ConfigProblem(REQUEST_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                .toList();
    }

    /** Whether a match plays the article's remedies: as asked, else when its policy needs them. */
    static boolean remedies(String rules, String policy) {
        return rules == null ? Policies.REMEDIES.contains(policy) : rules.equals(MatchConfigRequest.REMEDIES);
    }

    /** Whether {@code rules} names the market's rules ({@code classic} or {@code remedies}), or is left out. */
    public static boolean knownRules(String rules) {
        return rules == null || rules.equals(MatchConfigRequest.CLASSIC) || rules.equals(MatchConfigRequest.REMEDIES);
    }

    public static boolean knownPreset(String name) {
        return name == null || PRESETS.containsKey(name);
    }
}
