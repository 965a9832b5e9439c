package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on a match's rounds, read through the public API. */
public final class MatchRounds {

    private MatchRounds() {
    }

    /** The match's round as the match list shows it: reading the list wakes no match. */
    public static int listed(MatchClient api, String matchId) {
        return api.matches("").stream().filter(m -> m.get("matchId").asText().equals(matchId))
                .findFirst().orElseThrow(() -> new AssertionError("match " + matchId + " is not listed"))
                .get("round").asInt();
    }

    /**
     * Every round was settled at or after its deadline, and the match is in the round after the
     * last one settled, with the deadline that settlement set. Returns the number of rounds settled.
     */
    public static int assertKeptTheirDeadlines(MatchClient api, String matchId) {
        JsonNode details = api.details(matchId);
        long deadline = 0;
        int settled = 0;
        for (JsonNode event : api.events(matchId)) {
            if (event.get("seq").asLong() > details.get("seq").asLong()) {
                break;
            }
            switch (event.get("type").asText()) {
                case "match-started" -> deadline = event.get("deadline").asLong();
                case "round-settled" -> {
                    assertThat(event.get("at").asLong()).as("round %d settled on time", settled + 1)
                            .isGreaterThanOrEqualTo(deadline);
                    deadline = event.get("nextDeadline").asLong();
                    settled++;
                }
                default -> {
                }
            }
        }
        assertThat(details.get("summary").get("round").asInt()).isEqualTo(settled + 1);
        assertThat(details.get("summary").get("deadline").asLong()).isEqualTo(deadline);
        return settled;
    }
}
