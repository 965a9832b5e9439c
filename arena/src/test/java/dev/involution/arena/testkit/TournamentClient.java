package dev.involution.arena.testkit;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The tournament API as the tests call it: create, register, control, look, wait for the end. */
public final class TournamentClient {
    private final MatchClient api;

    public TournamentClient(MatchClient api) {
        this.api = api;
    }

    public static TournamentClient of(RunningArena arena) {
        return new TournamentClient(MatchClient.of(arena));
    }

    public MatchClient matches() {
        return api;
    }

    /** Creates a tournament with this request (JSON) and returns its id. */
    public String create(String adminToken, String request) {
        return json(expect(201, api.call("POST", "/api/tournaments", adminToken, request)))
                .get("summary").get("tournamentId").asText();
    }

    public HttpResponse<String> register(String token, String tournamentId) {
        return api.call("POST", "/api/tournaments/" + tournamentId + "/entrants", token, null);
    }

    /** An admin control: start, pause or resume; returns the tournament's status after it. */
    public String control(String adminToken, String tournamentId, String action) {
        return json(expect(200, api.call("POST", "/api/tournaments/" + tournamentId + "/" + action, adminToken, null)))
                .get("status").asText();
    }

    public JsonNode view(String tournamentId) {
        return json(expect(200, api.call("GET", "/api/tournaments/" + tournamentId, null, null)));
    }

    public String status(String tournamentId) {
        return view(tournamentId).get("summary").get("status").asText();
    }

    /** The tournament's view once it has finished; fails if it does not finish within {@code patience}. */
    public JsonNode finished(String tournamentId, Duration patience) {
        if (!Eventually.holds(patience, () -> "FINISHED".equals(status(tournamentId)))) {
            throw new AssertionError("tournament " + tournamentId + " did not finish in " + patience + ": "
                    + view(tournamentId).get("summary"));
        }
        return view(tournamentId);
    }
}
