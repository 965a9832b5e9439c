package dev.involution.arena.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the article's remedies, switched on per match ({@link MarketConfig#remedies()}; null
 * plays the classic rules unchanged): use cases, models, the research frontier, safety, consortia
 * and the regulator's budget.
 *
 * @param useCases              the use cases the market is split into; their shares sum to 1
 * @param consortiumSpillover   fraction of the other members' R&amp;D each consortium member gets as its own
 * @param competitiveMarkup     markup over the compute cost per user at the farms' base price that
 *                              defines the competitive price level (for the coordination signal)
 * @param priceShockSensitivity how many more of a firm's loyal users re-decide per 100% of price rise
 *                              over its last round's price
 * @param unservedMemory        trust a firm loses per fraction of its users it left unserved (those
 *                              users leave it)
 * @param publicFunds           the regulator's budget at the start, cents
 */
public record Remedies(List<UseCase> useCases,
                       ModelRules models,
                       ResearchRules research,
                       SafetyRules safety,
                       double consortiumSpillover,
                       double competitiveMarkup,
                       double priceShockSensitivity,
                       double unservedMemory,
                       long publicFunds) {

    public static final int MAX_USE_CASES = 8;

    public Remedies {
        useCases = useCases == null ? null : List.copyOf(useCases);
    }

    public static Remedies defaults() {
        return new Remedies(List.of(
                new UseCase("assistant", 0.40, 1.0, 1.0),
                new UseCase("coding", 0.25, 1.3, 0.8),
                new UseCase("education", 0.20, 0.9, 1.4),
                new UseCase("health", 0.15, 1.5, 0.9)),
                ModelRules.defaults(), ResearchRules.defaults(), SafetyRules.defaults(), 0.5, 0.5, 1.0, 0.3,
                30_000_000L);
    }

    public Remedies withPublicFunds(long funds) {
        return new Remedies(useCases, models, research, safety, consortiumSpillover, competitiveMarkup,
                priceShockSensitivity, unservedMemory, funds);
    }

    public Remedies withConsortiumSpillover(double spillover) {
        return new Remedies(useCases, models, research, safety, spillover, competitiveMarkup,
                priceShockSensitivity, unservedMemory, publicFunds);
    }

    List<ConfigProblem> validate() {
        List<ConfigProblem> problems = new ArrayList<>();
        if (useCases == null || useCases.isEmpty() || useCases.size() > MAX_USE_CASES) {
            problems.add(new ConfigProblem("remedies.useCases", "must list 1 to " + MAX_USE_CASES + " use cases"));
        } else {
            double sum = 0;
            for (int i = 0; i < useCases.size(); i++) {
                problems.addAll(useCases.get(i).validate("remedies.useCases[" + i + "]."));
                sum += useCases.get(i).share();
            }
            if (Math.abs(sum - 1.0) > 1e-6) {
                problems.add(new ConfigProblem("remedies.useCases", "shares must sum to 1, was " + sum));
            }
        }
        if (models == null || research == null || safety == null) {
            problems.add(new ConfigProblem("remedies.models/research/safety", "must be present"));
            return problems;
        }
        problems.addAll(models.validate());
        problems.addAll(research.validate());
        problems.addAll(safety.validate());
        problems.addAll(new ConfigCheck("remedies.")
                .range("consortiumSpillover", consortiumSpillover, 0.0, 1.0)
                .range("competitiveMarkup", competitiveMarkup, 0.0, 10.0)
                .range("priceShockSensitivity", priceShockSensitivity, 0.0, 100.0)
                .range("unservedMemory", unservedMemory, 0.0, 1.0)
                .range("publicFunds", publicFunds, 0, 1_000_000_000_000L)
                .problems());
        return problems;
    }

    public int useCaseCount() {
        return useCases.size();
    }

    /** The competitive price level: compute cost per user at the base price plus the competitive markup, cents. */
    public double competitivePrice(MarketConfig config) {
        return (double) config.supply().baseCost() / config.usersPerUnit() * (1 + competitiveMarkup);
    }
}
