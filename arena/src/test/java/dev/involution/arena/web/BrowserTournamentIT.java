package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tournaments in a real Chromium against a real arena: a student registers for a live tournament
 * from the tournament lobby, is told when their match is on, plays it, and sees the leaderboard
 * move on the tournament page without a reload; the teacher creates and starts a tournament from
 * the console. Screenshots go to {@code target/screenshots}.
 */
class BrowserTournamentIT {
    /** A whole tournament match on a loaded machine: generous, and never a measure of speed. */
    private static final Duration MATCH_PATIENCE = Duration.ofSeconds(180);

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

    /** Like {@link Browser#await} with a longer patience, for things that take a whole match. */
    private static <T> T awaitLong(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), MATCH_PATIENCE, Duration.ofMillis(200))
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(condition::apply);
    }

    private static String createTournament(String json) {
        HttpResponse<String> r = api.send("POST", "/api/tournaments", api.adminToken(), json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RunningArena.json(r).get("summary").get("tournamentId").asText();
    }

    private static JsonNode tournament(String id) {
        HttpResponse<String> r = arena.get("/api/tournaments/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return RunningArena.json(r);
    }

    /** The arena match id of the tournament match that seats {@code playerId}, or null while there is none. */
    private static String matchOf(JsonNode view, String playerId) {
        for (JsonNode m : view.get("matches")) {
            for (JsonNode seat : m.get("seats")) {
                if (playerId.equals(seat.path("entrantId").asText(null)) && !m.path("matchId").isNull()) {
                    return m.get("matchId").asText();
                }
            }
        }
        return null;
    }

    @Test
    void aStudentJoinsALiveTournamentPlaysTheirMatchAndSeesTheLeaderboardMove() {
        String id = createTournament("{\"name\":\"Friday league\",\"rounds\":1,\"seatsPerMatch\":4,"
                + "\"houseBots\":[\"cost-plus\",\"undercutter\"],\"match\":{\"rounds\":6,\"roundMillis\":2000}}");

        browser.openFresh(arena, "/#/tournaments");
        String row = "[data-test=tournaments] tr[data-tournament='" + id + "']";
        browser.visible(row);
        assertThat(browser.attribute(row, "data-status")).isEqualTo("OPEN");
        browser.type("input[name=name]", "Ada Lovelace");
        browser.click(row + " button[data-join-tournament='" + id + "']");
        browser.await("the tournament page", d -> d.getCurrentUrl().endsWith("#/tournament/" + id));
        String playerId = (String) browser.script("return JSON.parse(localStorage.getItem('arena.player')).playerId");
        browser.await("the student among the entrants", d -> d.findElement(By.cssSelector(
                "[data-test=entrants] li.me[data-entrant='" + playerId + "']")).getText().contains("Ada Lovelace"));
        browser.visible("[data-test=registered]");
        assertThat(tournament(id).get("entrants")).anyMatch(e -> e.get("entrantId").asText().equals(playerId));
        browser.click("[data-test=registered] button[data-withdraw]");
        browser.visible("[data-test=entry] button[data-join-tournament='" + id + "']");
        assertThat(tournament(id).get("entrants")).noneMatch(e -> e.get("entrantId").asText().equals(playerId));
        browser.click("[data-test=entry] button[data-join-tournament='" + id + "']");
        browser.visible("[data-test=registered]");
        assertThat(tournament(id).get("entrants")).anyMatch(e -> e.get("entrantId").asText().equals(playerId));
        assertThat(browser.attribute("a[data-export=results]", "href")).endsWith("/api/tournaments/" + id + "/results.csv");
        // From here on this tab is never reloaded: everything it learns comes from the stream.
        browser.script("window.notReloaded = true");
        String tournamentTab = browser.driver().getWindowHandle();

        HttpResponse<String> started = api.send("POST", "/api/tournaments/" + id + "/start", api.adminToken(), null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

        String playNow = awaitLong("the Play now banner", d -> {
            String href = d.findElement(By.cssSelector("[data-test=your-match] a[data-play-now]")).getAttribute("href");
            return href == null || href.isEmpty() ? null : href;
        });
        String matchId = matchOf(tournament(id), playerId);
        assertThat(matchId).isNotNull();
        assertThat(playNow).endsWith("#/play/" + matchId);
        assertThat(browser.attribute("[data-test=your-match]", "data-match-id")).isEqualTo(matchId);
        assertThat(browser.text("[data-test=your-match]")).contains("Your match is on", "Play now");
        assertThat(browser.attribute("[data-test=schedule] tr.me[data-match-id='" + matchId + "'] a[data-match-link]",
                "data-match-link")).isEqualTo("play");
        assertThat(browser.attribute("[data-test=schedule] tr[data-match-id='" + matchId + "'] li.seat.me", "data-entrant"))
                .isEqualTo(playerId);
        browser.screenshot("tournament-play-now");

        // The student plays in a second tab, so the tournament page keeps running untouched.
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(playNow);
        browser.await("the student's firm in the play view", d -> !d.findElement(
                By.cssSelector(".firm-card .firm-title .firm-name")).getText().isBlank());
        browser.await("the match to run", d -> "RUNNING".equals(
                d.findElement(By.cssSelector(".match-header .match-meta [data-status]")).getAttribute("data-status")));
        browser.type(".decisions input[name=price]", "37");
        browser.click(".decisions button[type=submit]");
        browser.await("the decision to be saved", d -> d.findElement(By.cssSelector(".decisions .form-result"))
                .getText().startsWith("Saved"));
        assertThat(browser.attribute(".match-header a[data-tournament-link]", "href"))
                .as("the match links back to its tournament").endsWith("#/tournament/" + id);
        browser.screenshot("tournament-match");
        browser.driver().close();
        browser.driver().switchTo().window(tournamentTab);

        String myRow = "[data-test=leaderboard] tr[data-entrant='" + playerId + "']";
        awaitLong("the student's finished match on the leaderboard", d -> "1".equals(
                d.findElement(By.cssSelector(myRow)).getAttribute("data-matches")));
        assertThat(browser.script("return window.notReloaded === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(browser.attribute(myRow, "class")).contains("me");
        assertThat(browser.text(myRow + " [data-col=name]")).contains("Ada Lovelace");
        assertThat(browser.text(myRow + " [data-col=meanScore]")).startsWith("$").doesNotContain("NaN");
        browser.await("the match finished in the schedule", d -> "FINISHED".equals(d.findElement(By.cssSelector(
                "[data-test=schedule] tr[data-match-id='" + matchId + "']")).getAttribute("data-status")));
        assertThat(browser.attribute("[data-test=schedule] tr[data-match-id='" + matchId + "'] li.seat.me", "data-rank"))
                .isNotNull();
        assertThat(browser.findAll("[data-test=your-match] a[data-play-now]")).isEmpty();
        JsonNode me = RunningArena.json(arena.get("/api/tournaments/" + id + "/leaderboard")).findParents("entrantId").stream()
                .filter(e -> e.get("entrantId").asText().equals(playerId)).findFirst().orElseThrow();
        assertThat(me.get("matches").asInt()).isEqualTo(1);
        assertThat(browser.attribute(myRow, "data-rank")).isEqualTo(me.get("rank").asText());
        browser.screenshot("tournament-finished");

        HttpResponse<String> csv = arena.get("/api/tournaments/" + id + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Ada Lovelace");

        browser.open(arena, "/#/leaderboard");
        awaitLong("the student on the global leaderboard", d -> "1".equals(d.findElement(By.cssSelector(
                "[data-test=leaderboard] tr[data-entrant='" + playerId + "']")).getAttribute("data-matches")));
        browser.screenshot("leaderboard");
    }

    @Test
    void theTeacherCreatesStartsPausesAndResumesTournamentsFromTheConsole() {
        browser.openFresh(arena, "/#/teacher");
        browser.type("input[name=token]", api.adminToken());
        browser.click("form button[type=submit]");
        String form = "[data-create-tournament]";
        browser.visible(form);

        String name = "<img src=x onerror=window.pwned=1> cup";
        browser.type(form + " input[name=name]", name);
        browser.type(form + " input[name=rounds]", "0");
        browser.click(form + " button[type=submit]");
        browser.await("the server's refusal next to the rounds", d -> !d.findElement(
                By.cssSelector(form + " [data-error-for=rounds]")).getText().isBlank());

        browser.type(form + " input[name=rounds]", "2");
        browser.type(form + " input[name=seatsPerMatch]", "3");
        new Select(browser.find(form + " select[name=mode]")).selectByValue("fast");
        new Select(browser.find(form + " select[name=format]")).selectByValue("swiss");
        browser.type(form + " input[data-house-bot=cost-plus]", "2");
        browser.type(form + " input[data-house-bot=innovator]", "1");
        browser.type(form + " input[name='match.rounds']", "5");
        browser.click(form + " button[type=submit]");
        String id = browser.await("the new tournament in the list", d -> d.findElements(
                        By.cssSelector("[data-teacher-tournaments] tr[data-tournament]")).stream()
                .filter(r -> r.getText().contains(name))
                .map(r -> r.getAttribute("data-tournament"))
                .findFirst().orElse(null));
        JsonNode created = tournament(id);
        assertThat(created.get("summary").get("format").asText()).isEqualTo("swiss");
        assertThat(created.get("summary").get("mode").asText()).isEqualTo("fast");
        assertThat(created.get("summary").get("rounds").asInt()).isEqualTo(2);
        assertThat(created.get("summary").get("seatsPerMatch").asInt()).isEqualTo(3);
        assertThat(created.get("entrants")).hasSize(3);
        assertThat(created.get("settings").get("match").get("rounds").asInt()).isEqualTo(5);

        String row = "[data-teacher-tournaments] tr[data-tournament='" + id + "']";
        assertThat(browser.attribute(row + " a[data-export=results]", "href")).endsWith("/api/tournaments/" + id + "/results.csv");
        browser.click(row + " button[data-tournament-control=start]");
        awaitLong("the tournament to start and, in fast mode, finish", d -> "FINISHED".equals(
                d.findElement(By.cssSelector(row)).getAttribute("data-status")));
        assertThat(tournament(id).get("summary").get("status").asText()).isEqualTo("FINISHED");
        browser.screenshot("teacher-tournaments");

        String live = createTournament("{\"name\":\"Pausable\",\"rounds\":2,\"seatsPerMatch\":3,"
                + "\"houseBots\":[\"cost-plus\",\"undercutter\"],\"match\":{\"rounds\":200,\"roundMillis\":5000}}");
        String liveRow = "[data-teacher-tournaments] tr[data-tournament='" + live + "']";
        browser.click(liveRow + " button[data-tournament-control=start]");
        awaitLong("the live tournament to run", d -> "RUNNING".equals(
                d.findElement(By.cssSelector(liveRow)).getAttribute("data-status")));
        browser.click(liveRow + " button[data-tournament-control=pause]");
        awaitLong("the live tournament to pause", d -> "PAUSED".equals(
                d.findElement(By.cssSelector(liveRow)).getAttribute("data-status")));
        assertThat(tournament(live).get("summary").get("status").asText()).isEqualTo("PAUSED");
        browser.click(liveRow + " button[data-tournament-control=resume]");
        awaitLong("the live tournament to resume", d -> "RUNNING".equals(
                d.findElement(By.cssSelector(liveRow)).getAttribute("data-status")));
        browser.screenshot("teacher-tournaments-live");
        browser.click(liveRow + " button[data-tournament-control=stop]");
        browser.await("stop to ask once more", d -> d.findElement(
                By.cssSelector(liveRow + " button[data-tournament-control=stop]")).getText().equals("Really stop?"));
        assertThat(tournament(live).get("summary").get("status").asText()).as("not before it is confirmed")
                .isEqualTo("RUNNING");
        browser.click(liveRow + " button[data-tournament-control=stop]");
        awaitLong("the live tournament to stop: the match in play goes on, nothing new starts", d -> "STOPPING".equals(
                d.findElement(By.cssSelector(liveRow)).getAttribute("data-status")));
        assertThat(browser.findAll(liveRow + " button[data-tournament-control]")).isEmpty();

        browser.click(row + " a[href='#/tournament/" + id + "']");
        browser.awaitText("[data-test=tournament-name]", name);
        browser.await("the house bots on the leaderboard",
                d -> d.findElements(By.cssSelector("[data-test=leaderboard] tr[data-entrant]")).size() == 3);
        assertThat(browser.script("return window.pwned === undefined && document.querySelectorAll('#app img').length === 0"))
                .isEqualTo(true);
    }
}
