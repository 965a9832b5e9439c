package dev.involution.arena.web;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.involution.arena.testkit.MatchClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladder page in a real Chromium: after a few ladder matches between two players it shows the
 * standings with their ratings, an entrant's rating over time as a chart, and the recent matches,
 * whose replay link opens the match's replay. No error in the browser console.
 */
class BrowserLadderIT {
    private static Browser browser;
    private static RunningArena arena;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.ladder.seats", 2).with("arena.ladder.rounds", 3).with("arena.ladder.round-length", "300ms")
                .with("arena.ladder.lockstep", false).with("arena.ladder.start-delay", "300ms")
                .with("arena.ladder.max-wait", "1s").with("arena.ladder.tick", "200ms")
                .with("arena.ladder.pause-after-misses", 100), ArenaModules.standard());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (arena != null) {
            arena.close();
        }
    }

    @Test
    void theLadderPageShowsStandingsRatingOverTimeAndReplayLinks() {
        MatchClient api = MatchClient.of(arena);
        RunningArena.Registered ada = arena.register("Ada");
        RunningArena.Registered grace = arena.register("Grace");
        expect(201, api.call("POST", "/api/ladder/entrants", ada.token(), null));
        expect(201, api.call("POST", "/api/ladder/entrants", grace.token(), null));
        assertThat(Eventually.holds(Duration.ofSeconds(60), () -> RunningArena.json(arena.get("/api/ladder"))
                .get("matchesPlayed").asInt() >= 2)).as("two ladder matches played").isTrue();

        browser.openFresh(arena, "/#/ladder");
        browser.await("both players in the standings", d -> browser.findAll("[data-test=ladder-standings] tr[data-entrant]")
                .stream().filter(r -> "player".equals(r.getAttribute("data-kind"))).count() == 2);
        assertThat(browser.find("[data-test=ladder-standings] tr[data-entrant='" + ada.playerId() + "']")
                .getAttribute("data-matches")).isNotEqualTo("0");
        browser.await("a replay link in the recent matches",
                d -> !browser.findAll("[data-test=ladder-recent] a[href^='#/replay/']").isEmpty());

        browser.click("[data-test=ladder-standings] tr[data-entrant='" + ada.playerId() + "']");
        browser.await("Ada's rating chart", d -> !browser.findAll("[data-test=ladder-rating-chart] canvas").isEmpty()
                && browser.text("[data-test=ladder-rating-note]").contains("matches"));
        assertThat(browser.text("[data-test=ladder-rating-note]")).matches("\\d+ matches; now -?\\d+\\.\\d\\d\\.");
        browser.screenshot("ladder");

        String replay = browser.attribute("[data-test=ladder-recent] a[href^='#/replay/']", "href");
        browser.click("[data-test=ladder-recent] a[href^='#/replay/']");
        browser.await("the replay view", d -> "replay".equals(browser.script("return document.body.dataset.view")));
        assertThat(replay).contains("#/replay/");
        assertThat(browser.consoleErrors()).filteredOn(m -> !m.contains("Failed to load resource")).isEmpty();
    }
}
