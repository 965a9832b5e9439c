package dev.involution.arena.web;

import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;

/** What the browser tests do on the lobby and the play view, as a student would. */
final class PlayPage {
    private PlayPage() {
    }

    /** Joins a match from the lobby of a fresh browser under {@code name}; answers the firm id the play view shows. */
    static int joinFromTheLobby(Browser browser, RunningArena arena, String matchId, String name) {
        browser.openFresh(arena, "/#/");
        browser.visible("[data-matches] [data-match='" + matchId + "']");
        browser.type("input[name=name]", name);
        browser.click("button[data-join='" + matchId + "']");
        browser.await("the play view", d -> d.getCurrentUrl().endsWith("#/play/" + matchId));
        browser.awaitText(".firm-card .firm-title .firm-name", name);
        return Integer.parseInt(browser.text(".firm-card .firm-title .sub").replace("firm #", ""));
    }

    /** The match's status as the title bar shows it. */
    static String status(Browser browser) {
        return browser.attribute(".match-header .match-meta [data-status]", "data-status");
    }
}
