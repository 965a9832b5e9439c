package dev.involution.bots.api.stream;

import java.util.List;

/** A match's settings as its {@code match-created} event shows them. */
public record MatchSettings(String name,
                            long roundMillis,
                            long seed,
                            List<String> houseBots,
                            String policy,
                            boolean demo,
                            MarketSettings market) {
}
