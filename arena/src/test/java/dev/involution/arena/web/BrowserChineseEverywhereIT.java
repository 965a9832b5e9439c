package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Every page in Simplified Chinese in a real Chromium, with no English of the message catalogue
 * left on it: the lobby, join by code, play, watch, replay, debrief, the tournaments and a
 * tournament, the leaderboard, the ladder, the teacher console with its class monitor. The same
 * check on the English pages finds the English, so it is not blind.
 */
class BrowserChineseEverywhereIT {
    private static RunningArena arena;
    private static ArenaApi api;
    private static Browser browser;

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.withDemo();

    @BeforeAll
    static void start() {
        browser = SESSION.browser();
        arena = SESSION.arena();
        api = SESSION.api();
    }

    @Test
    void noPageShowsTheCataloguesEnglishInChinese() {
        EveryPage every = EveryPage.create(api);
        PlayPage.joinFromTheLobby(browser, arena, every.live, "小明");
        Set<String> names = every.names(api, arena);

        choose("en");
        browser.open(arena, "/#/");
        settle();
        assertThat(UntranslatedText.on(browser, names)).as("the check finds the English of the English lobby")
                .anySatisfy(line -> assertThat(line).contains("lobby.lead"));

        choose("zh-CN");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> page : every.pages.entrySet()) {
            browser.open(arena, page.getValue());
            settle();
            UntranslatedText.on(browser, names).forEach(line -> found.add(page.getKey() + ": " + line));
        }
        browser.open(arena, "/#/play/" + every.live);
        browser.awaitText(".firm-card .firm-title .firm-name", "小明");
        settle();
        UntranslatedText.on(browser, names).forEach(line -> found.add("play: " + line));
        browser.screenshotForDocs("play-zh");

        every.openTeacherConsole(browser, arena, api);
        settle();
        UntranslatedText.on(browser, names).forEach(line -> found.add("teacher console: " + line));
        assertThat(found).as("English on the Chinese pages").isEmpty();
    }

    private static void choose(String locale) {
        browser.open(arena, "/#/");
        new Select(browser.find("#language")).selectByValue(locale);
        browser.await("the page in " + locale, d -> locale.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Lets the page load its data and draw (charts, lists) before it is read. */
    private static void settle() {
        browser.script("return new Promise(r => setTimeout(r, 1200))");
        browser.await("the page's data", d -> d.findElements(By.cssSelector("#app .loading")).isEmpty());
    }
}
