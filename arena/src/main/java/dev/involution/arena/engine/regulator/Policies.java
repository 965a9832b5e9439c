package dev.involution.arena.engine.regulator;

import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.MarketPhase;
import java.util.ArrayList;
import java.util.List;

/** The regulator's presets by name, and the step a match takes after each settled round. */
public final class Policies {
    public static final String LAISSEZ_FAIRE = "laissez-faire";
    public static final String GUARDRAILS = "guardrails";
    public static final String ANTITRUST = "antitrust";
    public static final String INDUSTRIAL = "industrial";
    /** The article's recommendation: public farms, basic research, consortia under watch, a safety standard. */
    public static final String ARTICLE = "article";
    /** Tight caps and a strict standard: the other side of the balance. */
    public static final String OVER_REGULATION = "over-regulation";
    public static final List<String> NAMES = List.of(LAISSEZ_FAIRE, GUARDRAILS, ANTITRUST, INDUSTRIAL, ARTICLE,
            OVER_REGULATION);
    /** The presets that put the article's remedies in force (they need a market with the remedies' rules). */
    public static final List<String> REMEDIES = List.of(ARTICLE, OVER_REGULATION);

    private Policies() {
    }

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    public static RegulatorPolicy create(String name, PolicySettings settings) {
        return switch (name) {
            case LAISSEZ_FAIRE -> new LaissezFaire();
            case GUARDRAILS -> new Guardrails(settings);
            case ANTITRUST -> new Antitrust(settings);
            case INDUSTRIAL -> new Industrial(settings);
            case ARTICLE -> remedial(ARTICLE, settings.remedies(RemedySettings.article()));
            case OVER_REGULATION -> remedial(OVER_REGULATION, settings.remedies(RemedySettings.overRegulation()));
            default -> throw new IllegalArgumentException("unknown policy '" + name + "'; known: " + NAMES);
        };
    }

    /** A policy that keeps the given remedies in force, under a name of its own. */
    public static RegulatorPolicy remedial(String name, RemedySettings settings) {
        return new Remedial(name, settings);
    }

    /** What the regulator does after a settlement: lift what has expired, impose what the policy proposes. */
    public record Step(List<Intervention> lift, List<Intervention> impose) {
    }

    /** The regulator's step for a market whose round has just been settled (nothing once it is finished). */
    public static Step step(Market market, RegulatorPolicy policy) {
        List<Intervention> lift = market.expiredInterventions();
        if (market.phase() != MarketPhase.RUNNING || market.reports().isEmpty()) {
            return new Step(lift, List.of());
        }
        List<Intervention> inForce = new ArrayList<>(market.interventions());
        inForce.removeAll(lift);
        RegulatorPolicy.Input input = new RegulatorPolicy.Input(market.config(), market.reports(), inForce, lift,
                market.round());
        return new Step(lift, policy.evaluate(input));
    }

    /** Applies a step directly, as the headless runner does. */
    public static List<Intervention> apply(Market market, Step step) {
        for (Intervention i : step.lift()) {
            market.lift(i.id());
        }
        List<Intervention> imposed = new ArrayList<>();
        for (Intervention i : step.impose()) {
            imposed.add(market.impose(i));
        }
        return imposed;
    }
}
