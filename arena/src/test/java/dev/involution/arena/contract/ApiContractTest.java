package dev.involution.arena.contract;

import dev.involution.arena.testkit.ApiContract;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract check itself: it passes what the document allows and catches what it does not. */
class ApiContractTest {
    private static final String PROBLEM = "application/problem+json";
    private final ApiContract contract = new ApiContract();

    @Test
    void aDocumentedAnswerKeepsTheContract() {
        assertThat(contract.check("GET", "/api/ladder/entrants/me", 404, PROBLEM,
                "{\"type\":\"urn:involution-arena:problem:not-found\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"not on the ladder\",\"code\":\"NOT_ON_LADDER\"}")).isTrue();
        assertThat(contract.check("POST", "/api/matches/m1/ready", 200, "application/json",
                "{\"matchId\":\"m1\",\"round\":3,\"waitingFor\":0,\"lockstep\":true}")).isTrue();
        assertThat(contract.violations()).isEmpty();
        assertThat(contract.operationOf("GET", "/api/players/me/matches")).isEqualTo("GET /api/players/me/matches");
        assertThat(contract.operationOf("GET", "/api/players/abc")).isEqualTo("GET /api/players/{playerId}");
    }

    @Test
    void missingRequiredMembersNullsWrongTypesAndUndocumentedStatusesBreakIt() {
        assertThat(contract.check("POST", "/api/matches/m1/ready", 200, "application/json",
                "{\"matchId\":\"m1\",\"round\":3,\"lockstep\":true}")).as("a required member missing").isFalse();
        assertThat(contract.check("POST", "/api/matches/m1/ready", 200, "application/json",
                "{\"matchId\":null,\"round\":3,\"waitingFor\":0,\"lockstep\":true}")).as("null, not nullable").isFalse();
        assertThat(contract.check("POST", "/api/matches/m1/ready", 200, "application/json",
                "{\"matchId\":\"m1\",\"round\":\"3\",\"waitingFor\":0,\"lockstep\":true}")).as("a string for an integer")
                .isFalse();
        assertThat(contract.check("GET", "/api/ladder", 418, PROBLEM, "{}")).as("an undocumented status").isFalse();
        assertThat(contract.check("GET", "/api/nothing", 200, "application/json", "{}")).as("no such route").isFalse();
        assertThat(contract.violations()).hasSize(5);
    }
}
