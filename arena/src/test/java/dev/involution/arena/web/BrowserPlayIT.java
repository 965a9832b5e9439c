package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The play view teaches in a real Chromium: a newcomer buys the compute their users need with one
 * click (the bid shown before it is sent is the bid sent) and sees the round's profit line with the
 * server's numbers; paused and finished matches disable the forms and say why, and the forms go
 * once the match is over; an unknown match says so.
 */
class BrowserPlayIT {
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

    private static int joinFromTheLobby(String matchId, String name) {
        return PlayPage.joinFromTheLobby(browser, arena, matchId, name);
    }

    private static String status() {
        return PlayPage.status(browser);
    }

    private static boolean shown(String css) {
        return (Boolean) browser.script("const e = document.querySelector(arguments[0]); "
                + "return !!e && e.getClientRects().length > 0", css);
    }

    @Test
    void aNewStudentBuysWhatTheyNeedWithOneClickAndSeesTheirNetProfitAfterTheRound() {
        String matchId = api.create("{\"name\":\"First lesson\",\"preset\":\"classroom\",\"roundMillis\":6000,"
                + "\"rounds\":400,\"seats\":6,\"houseBots\":[\"cost-plus\",\"cost-plus\",\"subsidizer\"]}");
        int firmId = joinFromTheLobby(matchId, "Ada Lovelace");
        api.control(matchId, "start");
        browser.await("the match to run", d -> status().equals("RUNNING"));
        browser.await("the first round's users", d -> Long.parseLong(
                d.findElement(By.cssSelector("[data-my-firm] [data-stat=users]")).getAttribute("data-value")) > 0);

        // What the button will do is on the page before it is clicked: read at the moment of the click.
        browser.await("the offer to buy what is needed", d -> browser.script(
                "const b = document.querySelector('[data-buy-what-i-need]'); return b && !b.disabled"));
        assertThat(browser.text("[data-break-even]")).startsWith("Break-even price ≈ ").contains("¢ per user");
        browser.screenshotForDocs("play-compute");
        Map<?, ?> offer = (Map<?, ?>) browser.script(
                "const b = document.querySelector('[data-buy-what-i-need]'), p = document.querySelector('[data-buy-plan]');"
                        + "const offer = {quantity: p.dataset.quantity, limit: p.dataset.limit, button: b.textContent,"
                        + " terms: document.querySelector('[data-buy-terms]').textContent,"
                        + " missing: document.querySelector('[data-need]').dataset.missing};"
                        + "b.click(); return offer;");
        assertThat(offer.get("button").toString()).matches("Buy \\d[\\d,]* units for ≈ \\$[\\d,]+(\\.\\d\\d)?");
        assertThat(offer.get("terms").toString()).startsWith("A limit bid for " + offer.get("quantity").toString()
                .replaceAll("(\\d)(?=(\\d{3})+$)", "$1,") + " units at up to $").contains("¢ per user");
        assertThat(offer.get("quantity")).isEqualTo(offer.get("missing"));

        browser.await("the purchase", d -> d.findElement(By.cssSelector("[data-buy-result]")).getText().startsWith("Bought"));
        int round = Integer.parseInt(browser.attribute(".match-header [data-round]", "data-round"));
        JsonNode bid = api.events(matchId).stream().filter(e -> e.get("type").asText().equals("order-placed")
                && e.get("firmId").asInt() == firmId).reduce((a, b) -> b).orElseThrow();
        assertThat(bid.get("side").asText()).isEqualTo("BUY");
        assertThat(bid.get("quantity").asText()).as("the bid sent is the bid shown").isEqualTo(offer.get("quantity"));
        assertThat(bid.get("price").asText()).isEqualTo(offer.get("limit"));
        assertThat(bid.get("fills")).isNotEmpty();

        Map<?, ?> card = (Map<?, ?>) browser.await("the round's profit line", d -> browser.script(
                "const c = document.querySelector('[data-last-round]'); if (!c || !(c.dataset.round >= arguments[0])) return null;"
                        + "const lines = {}; c.querySelectorAll('tr[data-line]').forEach(r => lines[r.dataset.line] = r.dataset.value);"
                        + "return {round: c.dataset.round, net: c.querySelector('[data-net]').dataset.value, lines,"
                        + " text: c.querySelector('[data-net]').textContent}", round));
        JsonNode mine = ArenaApi.firm(api.roundReport(matchId, Integer.parseInt(card.get("round").toString())), firmId);
        assertThat(card.get("net").toString()).isEqualTo(mine.get("net").asText());
        Map<?, ?> lines = (Map<?, ?>) card.get("lines");
        assertThat(lines.get("revenue").toString()).isEqualTo(mine.get("revenue").asText());
        assertThat(lines.get("computeCost").toString()).isEqualTo(String.valueOf(-mine.get("computeCost").asLong()));
        assertThat(lines.get("fixedCost").toString()).isEqualTo(String.valueOf(-mine.get("fixedCost").asLong()));
        assertThat(lines.get("net").toString()).isEqualTo(mine.get("net").asText());
        assertThat(mine.get("net").asLong()).isEqualTo(mine.get("revenue").asLong() - mine.get("computeCost").asLong()
                - mine.get("giveaway").asLong() - mine.get("rnd").asLong() - mine.get("fixedCost").asLong()
                - mine.get("fine").asLong() + mine.get("subsidy").asLong());
        assertThat(card.get("text").toString()).startsWith("Net ").contains("$");
        browser.await("the cash-flow chart", d -> shown("[data-cashflow] canvas"));
        browser.screenshotForDocs("play-profit");
        browser.resize(1366, 768);
        assertThat(browser.script("const t = document.querySelector('table.firms').parentElement;"
                + "return t.scrollWidth <= t.clientWidth")).as("the firms table fits at 1366 px").isEqualTo(true);
        browser.resizeToDesktop();
        api.control(matchId, "stop");
    }

    @Test
    void pausedAndFinishedMatchesDisableTheFormsAndSayWhyAndTheFormsGoWhenTheMatchIsOver() {
        String matchId = api.create("{\"name\":\"Pause and stop\",\"roundMillis\":600000,\"seats\":4,"
                + "\"houseBots\":[\"cost-plus\"]}");
        joinFromTheLobby(matchId, "Grace Hopper");
        browser.await("the forms wait for the start", d -> d.findElement(By.cssSelector("[data-blocked=orders]")).isDisplayed());
        assertThat(browser.text("[data-state-note]")).contains("has not started");
        api.control(matchId, "start");
        browser.await("the match to run", d -> status().equals("RUNNING") && !shown("[data-blocked=orders]"));
        assertThat(shown("[data-state-note]")).isFalse();

        api.control(matchId, "pause");
        browser.await("the pause on the page", d -> status().equals("PAUSED"));
        browser.await("orders wait, and say why", d -> shown("[data-blocked=orders]") && shown("[data-blocked=book]"));
        assertThat(browser.text("[data-state-note]")).startsWith("Paused by the teacher");
        assertThat(browser.text("[data-blocked=orders]")).contains("Paused by the teacher", "orders wait");
        assertThat(browser.script("return document.querySelector('[data-buy-what-i-need]').disabled"
                + " && document.querySelector('.order-form button[type=submit]').disabled")).isEqualTo(true);
        assertThat(browser.script("return document.querySelector('.decisions button[type=submit]').disabled")).isEqualTo(false);
        assertThat(browser.text("[data-decisions-hint]")).contains("count when this round ends");
        browser.screenshotForDocs("play-paused");

        api.control(matchId, "resume");
        browser.await("the forms back", d -> status().equals("RUNNING") && !shown("[data-blocked=orders]"));

        api.control(matchId, "stop");
        browser.await("the end on the page", d -> status().equals("FINISHED") && shown("[data-over]"));
        assertThat(shown(".decisions")).as("no decisions after the end").isFalse();
        assertThat(shown("[data-buy-what-i-need]")).isFalse();
        assertThat(shown(".order-form")).isFalse();
        assertThat(browser.text("[data-state-note]")).contains("The match is over");
        browser.visible("[data-summary] .winner");
        browser.screenshotForDocs("play-finished");
    }

    @Test
    void anUnknownMatchSaysSoOnEveryMatchPage() {
        for (String page : List.of("play", "watch", "replay")) {
            browser.openFresh(arena, "/#/" + page + "/no-such-match");
            browser.visible("[data-unknown-match='no-such-match']");
            assertThat(browser.text("[data-unknown-match] h1")).isEqualTo("No such match");
            assertThat(browser.findAll("#app form")).as("no join form for a match that does not exist").isEmpty();
        }
    }
}
