package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The debrief in a real Chromium: a finished match's timeline tells the spiral and every
 * intervention the history holds, with what followed; its charts carry their numbers; it compares
 * the same seed under another policy on the same axes; and it downloads as one self-contained HTML
 * file that opens offline.
 */
class BrowserDebriefIT {
    private static final String LINEUP = "[\"subsidizer\",\"subsidizer\",\"subsidizer\",\"subsidizer\","
            + "\"undercutter\",\"undercutter\"]";
    private static RunningArena arena;
    private static ArenaApi api;
    private static Browser browser;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @BeforeAll
    static void start() {
        browser = SESSION.browser();
        arena = SESSION.arena();
        api = SESSION.api();
    }

    /** A match of house bots only, played in lockstep (each round ends once every bot is ready) to its end. */
    private static String playedMatch(String name, String policy) {
        String matchId = api.create("{\"name\":\"" + name + "\",\"rounds\":30,\"roundMillis\":2000,\"seats\":6,"
                + "\"seed\":3,\"lockstep\":true,\"policy\":\"" + policy + "\",\"houseBots\":" + LINEUP + "}");
        api.control(matchId, "start");
        return matchId;
    }

    @Test
    void aFinishedMatchsDebriefComparesAndExportsAsOneFile() throws IOException {
        String guarded = playedMatch("Class 8A: guardrails", "guardrails");
        String free = playedMatch("Class 8B: laissez-faire", "laissez-faire");
        for (String id : List.of(guarded, free)) {
            api.awaitMatch(id, "its end", m -> m.get("summary").get("status").asText().equals("FINISHED"));
        }
        long interventions = api.events(guarded).stream()
                .filter(e -> e.get("type").asText().equals("intervention-imposed")).count();
        assertThat(interventions).as("the guardrails intervene in this match").isPositive();

        browser.openFresh(arena, "/#/debrief/" + guarded);
        browser.visible("[data-timeline='" + guarded + "']");
        List<String> kinds = browser.texts("[data-timeline='" + guarded + "'] li[data-moment]").isEmpty() ? List.of()
                : attributes("[data-timeline='" + guarded + "'] li[data-moment]", "data-moment");
        assertThat(kinds).contains("spiral-start", "intervention");
        JsonNode first = api.events(guarded).stream()
                .filter(e -> e.get("type").asText().equals("intervention-imposed")).findFirst().orElseThrow()
                .get("intervention");
        String firstMoment = "li[data-moment=intervention][data-round='" + first.get("fromRound").asInt() + "']";
        assertThat(browser.attribute(firstMoment, "data-rule")).isEqualTo(first.get("kind").asText());
        assertThat(browser.text(firstMoment + " [data-changes]")).contains("subsidy intensity").contains("→");
        assertThat(browser.findAll("[data-chart] canvas")).hasSize(5);
        assertThat(browser.findAll("table[data-numbers=spiralIndex] tbody tr")).hasSize(30);

        new Select(browser.find("[data-compare]")).selectByValue(free);
        browser.await("the comparison", d -> d.getCurrentUrl().endsWith("#/debrief/" + guarded + "/" + free));
        browser.visible("[data-debrief][data-compared='" + free + "'] [data-timeline='" + free + "']");
        assertThat(browser.findAll("[data-health] thead th")).hasSize(3);
        assertThat(browser.findAll("table[data-numbers=spiralIndex] thead th")).hasSize(3);
        browser.screenshotForDocs("debrief");

        browser.click("[data-export-html]");
        Path file = browser.awaitDownload("debrief-" + guarded + "-vs-" + free + ".html");
        String html = Files.readString(file);
        assertThat(html).startsWith("<!doctype html>").contains("Class 8A: guardrails").contains("Class 8B: laissez-faire")
                .contains("data-moment=\"intervention\"").contains("<img src=\"data:image/png;base64,");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
                .doesNotContain("src=\"/").doesNotContain("href=\"/").doesNotContain("<button");

        browser.driver().get(file.toUri().toString());
        browser.visible("[data-timeline='" + guarded + "'] li[data-moment=intervention]");
        assertThat((Boolean) browser.script("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"))
                .as("every chart image of the file shows").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> attributes(String css, String name) {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.getAttribute(arguments[1]))", css, name);
    }
}
