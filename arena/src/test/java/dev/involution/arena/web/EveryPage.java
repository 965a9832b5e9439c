package dev.involution.arena.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every page of the arena with something on it, for the tests that go through them all: a finished
 * class the regulator intervened in (replay, debrief), a live class with a seated student (play,
 * watch, the teacher console and its monitor) and a live tournament.
 */
final class EveryPage {
    final String finished;
    final String live;
    final String tournamentId;
    /** The pages a visitor opens by address, by name. */
    final Map<String, String> pages = new LinkedHashMap<>();

    private EveryPage(String finished, String live, String tournamentId) {
        this.finished = finished;
        this.live = live;
        this.tournamentId = tournamentId;
        pages.put("lobby", "/#/");
        pages.put("join by code", "/#/join");
        pages.put("watch", "/#/watch/" + live);
        pages.put("replay", "/#/replay/" + finished);
        pages.put("debrief", "/#/debrief/" + finished);
        pages.put("tournaments", "/#/tournaments");
        pages.put("tournament", "/#/tournament/" + tournamentId);
        pages.put("leaderboard", "/#/leaderboard");
        pages.put("ladder", "/#/ladder");
        pages.put("not found", "/#/nowhere");
        pages.put("teacher token form", "/#/teacher");
    }

    /** Creates the matches and the tournament and waits for the finished one to finish. */
    static EveryPage create(ArenaApi api) {
        String finished = api.create("{\"name\":\"Finished class\",\"rounds\":6,\"roundMillis\":2000,\"seats\":4,"
                + "\"seed\":5,\"lockstep\":true,\"policy\":\"guardrails\",\"houseBots\":[\"subsidizer\",\"subsidizer\","
                + "\"undercutter\",\"cost-plus\"]}");
        api.control(finished, "start");
        String live = api.create("{\"name\":\"Live class\",\"preset\":\"classroom\",\"rounds\":40,\"seats\":6,"
                + "\"houseBots\":[\"cost-plus\",\"subsidizer\"]}");
        String tournamentId = RunningArena.json(api.send("POST", "/api/tournaments", api.adminToken(),
                "{\"name\":\"Friday league\",\"mode\":\"live\"}")).get("summary").get("tournamentId").asText();
        api.awaitMatch(finished, "its end", m -> m.get("summary").get("status").asText().equals("FINISHED"));
        return new EveryPage(finished, live, tournamentId);
    }

    /** Opens the teacher console (typing the admin token) with the live class's join code and monitor shown. */
    void openTeacherConsole(Browser browser, RunningArena arena, ArenaApi api) {
        browser.script("sessionStorage.clear()");
        browser.open(arena, "/#/teacher");
        browser.type("input[name=token]", api.adminToken());
        browser.click("form button[type=submit]");
        browser.click("[data-teacher-matches] tr[data-match='" + live + "'] th button.link");
        browser.visible("[data-panel] [data-join-code]");
        browser.visible("[data-monitor] tbody tr[data-firm]");
    }

    /**
     * What the pages show that is a name, not a text of the arena: the brand, the languages, every match's and
     * firm's name and id, the tournament's, and the live class's join code.
     */
    Set<String> names(ArenaApi api, RunningArena arena) {
        Set<String> names = new LinkedHashSet<>();
        names.add("Involution Arena");
        names.add("English"); // the language switch names each language in itself
        for (JsonNode m : RunningArena.json(arena.get("/api/matches", null))) {
            String id = m.get("matchId").asText();
            names.add(id);
            names.add(m.get("name").asText());
            JsonNode firms = api.match(id).get("firms");
            if (firms != null) {
                firms.forEach(f -> names.add(f.get("name").asText()));
            }
        }
        JsonNode tournament = RunningArena.json(arena.get("/api/tournaments/" + tournamentId, null));
        names.add(tournamentId);
        names.add(tournament.get("summary").get("name").asText());
        String code = RunningArena.json(arena.get("/api/matches/" + live + "/join-code", api.adminToken())).get("code").asText();
        names.add(code);
        names.add(code.substring(0, 3)); // shown as "ABC 123"
        names.add(code.substring(3));
        return names;
    }
}
