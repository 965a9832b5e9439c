package dev.involution.arena.engine;

import java.util.List;

/**
 * One use case of the market (general assistant, coding, ...): {@code share} of the potential users
 * belong to it, and its users weigh quality and price by these multiples of the market's weights.
 * Inside it users are loyal or mercenary as everywhere, and they re-decide within it.
 */
public record UseCase(String name, double share, double qualityWeight, double priceWeight) {

    List<ConfigProblem> validate(String prefix) {
        ConfigCheck check = new ConfigCheck(prefix)
                .range("share", share, 0.0, 1.0)
                .range("qualityWeight", qualityWeight, 0.0, 10.0)
                .range("priceWeight", priceWeight, 0.01, 10.0);
        if (name == null || name.isBlank() || name.length() > 32) {
            check.add(List.of(new ConfigProblem(prefix + "name", "must be 1 to 32 characters")));
        }
        return check.problems();
    }
}
