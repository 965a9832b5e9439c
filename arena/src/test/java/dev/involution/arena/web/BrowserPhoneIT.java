package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A fresh arena as the README starts it (with its demo match) in a real Chromium: the demo shows
 * the giveaway war and the regulator stepping in within a minute of the start, and every page a
 * student uses (lobby, play, watch, tournament, leaderboard, replay) fits a phone: no sideways
 * scrolling at 390 px (and 360 px for the lobby and the play view) and touch targets of 44 px.
 */
class BrowserPhoneIT {
    private static final int PHONE = 390;
    private static final int SMALL_PHONE = 360;
    private static final int PHONE_HEIGHT = 844;

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

    @AfterEach
    void desktopAgain() {
        browser.resizeToDesktop();
    }

    @Test
    void theDemoOfAFreshArenaShowsTheRegulatorInterveningWithinAMinute() {
        browser.openFresh(arena, "/#/");
        browser.click("[data-demo] a[data-watch-demo]");
        browser.await("the projector view of the demo", d -> d.getCurrentUrl().contains("#/watch/"));
        String demoId = browser.driver().getCurrentUrl().replaceAll(".*#/watch/", "");
        browser.await("an intervention in the demo's feed",
                d -> !d.findElements(By.cssSelector("[data-feed] li[data-event=intervention-imposed]")).isEmpty());
        String firstDemo = StreamSupport.stream(RunningArena.json(arena.get("/api/matches")).spliterator(), false)
                .filter(m -> m.get("demo").asBoolean()).findFirst().orElseThrow().get("matchId").asText();
        JsonNode first = api.events(firstDemo).stream()
                .filter(e -> e.get("type").asText().equals("intervention-imposed")).findFirst().orElseThrow();
        assertThat(first.get("at").asLong() - SESSION.arenaStartedAt())
                .as("ms from the arena's start to the regulator's first intervention").isLessThan(60_000);
        assertThat(api.match(demoId).get("summary").get("policy").asText()).isEqualTo("guardrails");
        List<JsonNode> rounds = api.events(firstDemo).stream().filter(e -> e.get("type").asText().equals("round-settled"))
                .map(e -> e.get("report").get("indicators")).toList();
        assertThat(rounds).as("the giveaway war: subsidy intensity up, a spiral of falling prices")
                .anySatisfy(i -> assertThat(i.get("subsidyIntensity").asDouble()).isGreaterThan(0.2))
                .anySatisfy(i -> assertThat(i.get("spiralIndex").asInt()).isGreaterThanOrEqualTo(2));
        browser.await("a few rounds on the charts", d -> Integer.parseInt(
                d.findElement(By.cssSelector(".charts")).getAttribute("data-rounds")) >= 4);
        browser.screenshotForDocs("demo-regulator");
    }

    @Test
    void everyPageFitsAPhoneWithoutSidewaysScrollingAndWithTouchSizedTargets() {
        String classMatch = api.create("{\"name\":\"Economics 101, group B\",\"preset\":\"classroom\",\"roundMillis\":1500,"
                + "\"rounds\":400,\"seats\":8,\"houseBots\":[\"cost-plus\",\"subsidizer\",\"innovator\"],"
                + "\"policy\":\"guardrails\"}");
        api.control(classMatch, "start");
        String finished = api.create("{\"name\":\"Last week's match\",\"roundMillis\":150,\"rounds\":6,\"seats\":3,"
                + "\"houseBots\":[\"cost-plus\",\"undercutter\",\"subsidizer\"]}");
        api.control(finished, "start");
        String tournament = createFastTournament();

        browser.openFresh(arena, "/#/");
        browser.resize(PHONE, PHONE_HEIGHT);
        browser.visible("[data-matches] [data-match='" + classMatch + "']");
        fitsThePhone("lobby");
        browser.screenshotForDocs("lobby-phone", PHONE);
        browser.resize(SMALL_PHONE, PHONE_HEIGHT);
        fitsThePhone("lobby at 360 px");
        browser.resize(PHONE, PHONE_HEIGHT);

        browser.type("input[name=name]", "Mary Somerville");
        browser.click("button[data-practice]");
        browser.await("the practice match", d -> d.getCurrentUrl().contains("#/play/"));
        browser.awaitText(".firm-card .firm-title .firm-name", "Mary Somerville");
        String practice = browser.driver().getCurrentUrl().replaceAll(".*#/play/", "");
        JsonNode summary = api.match(practice).get("summary");
        assertThat(summary.get("practice").asBoolean()).isTrue();
        assertThat(summary.get("roundMillis").asLong()).as("a person's pace").isEqualTo(15_000);
        browser.visible("[data-buy-what-i-need]");
        fitsThePhone("play (practice)");
        browser.screenshotForDocs("play-phone", PHONE);
        browser.resize(SMALL_PHONE, PHONE_HEIGHT);
        fitsThePhone("play at 360 px");
        browser.resize(PHONE, PHONE_HEIGHT);

        browser.open(arena, "/#/");
        browser.click("[data-matches] button[data-join='" + classMatch + "']");
        browser.awaitText(".firm-card .firm-title .firm-name", "Mary Somerville");
        browser.await("a settled round with its profit line", d -> d.findElement(By.cssSelector("[data-last-round]"))
                .getAttribute("data-round") != null);
        fitsThePhone("play (class match)");

        browser.open(arena, "/#/watch/" + classMatch);
        browser.await("the projector's charts", d -> !"0".equals(d.findElement(By.cssSelector(".charts")).getAttribute("data-rounds")));
        fitsThePhone("watch");

        api.awaitMatch(finished, "finished", m -> m.get("summary").get("status").asText().equals("FINISHED"));
        browser.open(arena, "/#/replay/" + finished);
        browser.awaitText("[data-replay-round]", "Round 6 of 6");
        fitsThePhone("replay");

        browser.open(arena, "/#/tournament/" + tournament);
        browser.await("the tournament's leaderboard",
                d -> !d.findElements(By.cssSelector("[data-test=leaderboard] tr[data-entrant]")).isEmpty());
        browser.visible("[data-test=schedule] tr[data-match-id]");
        fitsThePhone("tournament");

        browser.open(arena, "/#/leaderboard");
        browser.visible("[data-test=leaderboard-status]");
        fitsThePhone("leaderboard");
        api.control(classMatch, "stop");
    }

    private static String createFastTournament() {
        var r = api.send("POST", "/api/tournaments", api.adminToken(), "{\"name\":\"Bot league on a phone\","
                + "\"mode\":\"fast\",\"rounds\":2,\"seatsPerMatch\":3,\"seed\":3,"
                + "\"houseBots\":[\"cost-plus\",\"subsidizer\",\"innovator\",\"undercutter\",\"tit-for-tat\",\"random\"]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = RunningArena.json(r).get("summary").get("tournamentId").asText();
        assertThat(api.send("POST", "/api/tournaments/" + id + "/start", api.adminToken(), null).statusCode()).isEqualTo(200);
        return id;
    }

    /** No sideways scrolling, and every button, field and menu link at least 44 px tall. */
    @SuppressWarnings("unchecked")
    private static void fitsThePhone(String page) {
        Map<String, Object> sizes = (Map<String, Object>) browser.script("return {view: window.innerWidth, "
                + "doc: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)}");
        assertThat(((Number) sizes.get("doc")).intValue()).as("%s: document width within the %s px viewport", page,
                sizes.get("view")).isLessThanOrEqualTo(((Number) sizes.get("view")).intValue());
        List<String> small = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'button, a.button, input:not([type=checkbox]):not([type=radio]), select, textarea, .topnav a, summary'))"
                + ".filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().height < 44)"
                + ".map(e => e.outerHTML.slice(0, 90))");
        assertThat(small).as("%s: touch targets under 44 px", page).isEmpty();
    }
}
