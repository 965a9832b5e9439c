package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.testkit.Axe;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core on every page of the arena in a real Chromium, in English and in Chinese: no serious or
 * critical violation of WCAG 2.1 A/AA (contrast, names and labels, roles, structure); and a class
 * joined with the keyboard alone.
 */
class BrowserAccessibilityIT {
    private static RunningArena arena;
    private static ArenaApi api;
    private static Browser browser;
    private static Axe axe;

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.withDemo();

    @BeforeAll
    static void start() {
        browser = SESSION.browser();
        arena = SESSION.arena();
        api = SESSION.api();
        axe = Axe.load();
    }

    @Test
    void everyPageHasNoSeriousOrCriticalViolation() {
        EveryPage every = EveryPage.create(api);

        List<String> found = new ArrayList<>();
        PlayPage.joinFromTheLobby(browser, arena, every.live, "Ada");
        for (String locale : List.of("en", "zh-CN")) {
            browser.open(arena, "/#/");
            new Select(browser.find("#language")).selectByValue(locale);
            for (Map.Entry<String, String> page : every.pages.entrySet()) {
                browser.open(arena, page.getValue());
                settle();
                axe.seriousViolations(browser).forEach(v -> found.add(locale + " " + page.getKey() + ": " + v));
            }
            browser.open(arena, "/#/play/" + every.live);
            browser.awaitText(".firm-card .firm-title .firm-name", "Ada");
            settle();
            axe.seriousViolations(browser).forEach(v -> found.add(locale + " play: " + v));

            every.openTeacherConsole(browser, arena, api);
            settle();
            axe.seriousViolations(browser).forEach(v -> found.add(locale + " teacher console: " + v));
        }
        assertThat(found).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void aStudentJoinsTheirClassWithTheKeyboardAlone() {
        String matchId = api.create("{\"name\":\"Keyboard class\",\"preset\":\"classroom\",\"rounds\":40,\"seats\":6}");
        String code = RunningArena.json(arena.get("/api/matches/" + matchId + "/join-code", api.adminToken()))
                .get("code").asText();
        browser.openFresh(arena, "/#/");
        browser.visible("[data-lobby-code] input[name=code]");
        tabTo("[data-lobby-code] input[name=code]");
        browser.driver().switchTo().activeElement().sendKeys(code, Keys.ENTER);
        browser.await("the match's name form", d -> d.getCurrentUrl().endsWith("#/play/" + matchId));
        browser.visible("form input[name=name]");
        tabTo("form input[name=name]");
        browser.driver().switchTo().activeElement().sendKeys("Keyboard Kid", Keys.ENTER);
        browser.awaitText(".firm-card .firm-title .firm-name", "Keyboard Kid");
    }

    /** Presses Tab from the top of the page until the element matching {@code css} has the focus. */
    private static void tabTo(String css) {
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 60; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            if ((Boolean) browser.script("return document.activeElement === document.querySelector(arguments[0])", css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }

    /** Lets the page load its data and draw (charts, lists) before it is checked. */
    private static void settle() {
        browser.script("return new Promise(r => setTimeout(r, 1200))");
    }
}
