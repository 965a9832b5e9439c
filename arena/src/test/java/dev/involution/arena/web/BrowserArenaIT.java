package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The browser arena in a real Chromium against a real arena: a student joins from the lobby and
 * plays, a bid shows in the book, the teacher runs a match, a finished match replays round by
 * round, hostile names stay text, a reload keeps the seat. Screenshots of every view go to
 * {@code target/screenshots}.
 */
class BrowserArenaIT {
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

    private static int shownRound() {
        String round = browser.attribute(".match-header [data-round]", "data-round");
        return round == null ? -1 : Integer.parseInt(round);
    }

    /** An integer attribute, -1 while it is not there yet. */
    private static int intAttribute(WebElement element, String name) {
        String value = element.getAttribute(name);
        return value == null || value.isEmpty() ? -1 : Integer.parseInt(value);
    }

    @Test
    void aStudentJoinsFromTheLobbyAndTheNewPriceCountsInTheNextRound() {
        String matchId = api.create("{\"name\":\"Economics 101\",\"preset\":\"classroom\",\"roundMillis\":1500,"
                + "\"rounds\":400,\"seats\":6,\"houseBots\":[\"cost-plus\",\"cost-plus\",\"cost-plus\"]}");
        int firmId = joinFromTheLobby(matchId, "Ada Lovelace");
        assertThat(browser.attribute(".connection", "data-state")).isIn("live", "connecting");
        api.control(matchId, "start");
        browser.await("the match to run", d -> status().equals("RUNNING"));

        browser.type(".decisions input[name=price]", "-5");
        browser.click(".decisions button[type=submit]");
        browser.await("the server's refusal next to the price",
                d -> !d.findElement(By.cssSelector(".decisions [data-error-for=price]")).getText().isBlank());

        int round = shownRound();
        browser.type(".decisions input[name=price]", "37");
        browser.click(".decisions button[type=submit]");
        browser.await("the decision to be saved", d -> d.findElement(By.cssSelector(".decisions .form-result"))
                .getText().startsWith("Saved"));
        assertThat(browser.text(".decisions [data-error-for=price]")).isEmpty();
        browser.type(".order-form input[name=price]", "98");
        browser.type(".order-form input[name=quantity]", "60");
        browser.await("the order form to take orders",
                d -> d.findElement(By.cssSelector(".order-form button[type=submit]")).isEnabled());
        browser.click(".order-form button[type=submit]");
        browser.await("the order's outcome", d -> !d.findElement(By.cssSelector(".order-form .form-result"))
                .getText().isBlank());

        browser.await("the round's results with the new price", d -> {
            WebElement last = d.findElement(By.cssSelector("[data-last-round]"));
            return intAttribute(last, "data-round") >= round
                    && last.findElement(By.cssSelector("[data-col=price]")).getAttribute("data-value").equals("37");
        });
        int settled = Integer.parseInt(browser.attribute("[data-last-round]", "data-round"));
        JsonNode mine = ArenaApi.firm(api.roundReport(matchId, settled), firmId);
        assertThat(mine.get("price").asLong()).isEqualTo(37);
        assertThat(mine.get("name").asText()).isEqualTo("Ada Lovelace");
        browser.await("the new price in the firms table", d -> d.findElement(By.cssSelector(
                "table.firms tr[data-firm='" + firmId + "'] [data-col=price]")).getAttribute("data-value").equals("37"));

        browser.await("a few rounds in the charts",
                d -> intAttribute(d.findElement(By.cssSelector(".charts")), "data-rounds") >= settled + 3);
        assertThat(browser.findAll(".charts canvas")).hasSizeGreaterThanOrEqualTo(6);
        browser.screenshot("play");

        browser.open(arena, "/#/");
        browser.visible("[data-mine] [data-match='" + matchId + "'] a.button.primary");
        browser.screenshot("lobby");

        browser.open(arena, "/#/watch/" + matchId);
        browser.await("the projector's charts",
                d -> intAttribute(d.findElement(By.cssSelector(".charts")), "data-rounds") >= settled + 3);
        assertThat(browser.findAll("#app input, #app select, #app textarea, #app button[type=submit]"))
                .as("the projector view has no controls").isEmpty();
        browser.awaitText(".match-title", "Economics 101");
        browser.screenshot("watch");
        api.control(matchId, "stop");
    }

    @Test
    void aDecisionThatBreaksARuleAppliesItsAllowedPartsAndTheFormSaysWhatIsInForceAndWhy() {
        // Antitrust with every firm dominant: a giveaway gets giveaways banned for the firm that paid it.
        String matchId = api.create("{\"name\":\"Regulated\",\"roundMillis\":2000,\"rounds\":400,\"seats\":4,"
                + "\"houseBots\":[\"cost-plus\",\"cost-plus\"],\"policy\":\"antitrust\","
                + "\"policySettings\":{\"dominantShare\":0.0,\"shareCap\":0.9}}");
        int firmId = joinFromTheLobby(matchId, "Joan Robinson");
        browser.awaitText("[data-my-policy] strong", "antitrust");
        api.control(matchId, "start");
        browser.await("the match to run", d -> status().equals("RUNNING"));
        browser.type(".decisions input[name=bounty]", "5");
        browser.click(".decisions button[type=submit]");
        browser.await("the decision to be saved", d -> d.findElement(By.cssSelector(".decisions .form-result"))
                .getText().startsWith("Saved"));

        String rule = browser.await("the giveaway ban near the decisions", d -> d.findElements(
                By.cssSelector("[data-my-rules] li.rule[data-rule=GIVEAWAY_CAP]")).stream().findFirst()
                .map(WebElement::getText).orElse(null));
        assertThat(rule).containsIgnoringCase("giveaway cap").contains("0¢ per new user at most", "Joan Robinson", "rounds ")
                .contains("No giveaways for a dominant firm").containsPattern("holds \\d+\\.\\d% of users");
        assertThat(browser.text("[data-feed] li[data-event=intervention-imposed][data-rule=GIVEAWAY_CAP]"))
                .contains("Imposed: giveaway cap", "Joan Robinson", "No giveaways").doesNotContain("cents");

        browser.type(".decisions input[name=price]", "37");
        browser.type(".decisions input[name=bounty]", "5");
        browser.type(".decisions input[name=rnd]", "10");
        browser.click(".decisions button[type=submit]");
        browser.await("the answer: applied in part", d -> d.findElement(By.cssSelector(".decisions .form-result"))
                .getText().startsWith("Applied in part"));
        String adjustment = browser.text("[data-adjustments] li[data-field=bounty][data-code=GIVEAWAY_CAP_EXCEEDED]");
        assertThat(adjustment).contains("Giveaway 5¢ → 0¢ per new user", "until round", "No giveaways for a dominant firm");
        assertThat(browser.findAll("[data-adjustments] li")).as("only the giveaway was changed").hasSize(1);
        assertThat(browser.script("return document.querySelector('.decisions input[name=bounty]').value")).isEqualTo("0");
        browser.await(() -> "what is in force; the form says: " + browser.text("[data-in-force]"), d -> "37".equals(d.findElement(By.cssSelector("[data-in-force]")).getAttribute("data-price"))
                && "1000".equals(d.findElement(By.cssSelector("[data-in-force]")).getAttribute("data-rnd")));
        JsonNode inForce = api.match(matchId).get("firms").get(firmId);
        assertThat(inForce.get("price").asLong()).as("the price applied").isEqualTo(37);
        assertThat(inForce.get("bounty").asLong()).as("the giveaway held at the cap").isZero();
        browser.screenshotForDocs("play-adjusted");

        assertThat(api.send("POST", "/api/matches/" + matchId + "/policy", api.adminToken(),
                "{\"policy\":\"guardrails\"}").statusCode()).isEqualTo(200);
        browser.await("the policy change in the feed", d -> d.findElements(By.cssSelector(
                "[data-feed] li[data-event=policy-changed] .feed-title")).stream()
                .anyMatch(e -> e.getText().equals("Policy changed: guardrails")));
        browser.awaitText("[data-my-policy] strong", "guardrails");
        api.control(matchId, "stop");
    }

    @Test
    void aBidPlacedInTheBookShowsInTheDepthAndCanBeCancelled() {
        String matchId = api.create("{\"name\":\"Compute market\",\"roundMillis\":600000,\"seats\":4,"
                + "\"houseBots\":[\"cost-plus\"]}");
        joinFromTheLobby(matchId, "Grace Hopper");
        api.control(matchId, "start");
        browser.await("the match to run", d -> status().equals("RUNNING"));
        browser.visible("[data-book] tr.ask");

        browser.type(".order-form input[name=quantity]", "7");
        browser.click(".order-form button[type=submit]");
        browser.await("the server's refusal next to the empty price", d -> !d.findElement(
                By.cssSelector(".order-form [data-error-for=price]")).getText().isBlank());

        browser.type(".order-form input[name=price]", "12.34");
        browser.click(".order-form button[type=submit]");
        // Read at one moment: the book re-renders whenever the depth changes.
        browser.await("our bid in the depth", d ->
                d.findElement(By.cssSelector("[data-book] tr.bid.mine[data-price='1234']")));
        assertThat(browser.attribute("[data-book] tr.bid.mine[data-price='1234']", "data-quantity")).isEqualTo("7");
        assertThat(browser.script("return document.querySelector(\"[data-book] tr.bid.mine[data-price='1234']\").innerText"))
                .asString().contains("$12.34").endsWith("7");
        browser.awaitText("[data-my-orders] li.my-order span", "Bid 7 units at $12.34 / unit");
        JsonNode book = RunningArena.json(arena.get("/api/matches/" + matchId + "/book"));
        assertThat(book.get("bids").get(0).get("price").asLong()).isEqualTo(1234);
        browser.screenshot("play-book");

        browser.click("[data-my-orders] li.my-order button");
        browser.await("the bid to leave the depth",
                d -> d.findElements(By.cssSelector("[data-book] tr.bid[data-price='1234']")).isEmpty());
        browser.await("no resting orders", d -> d.findElements(By.cssSelector("[data-my-orders] li.my-order")).isEmpty());
        api.control(matchId, "stop");
    }

    @Test
    void theTeacherCreatesStartsAndPausesAMatchBroadcastsAndSeesWhoIsConnected() throws Exception {
        browser.openFresh(arena, "/#/teacher");
        browser.type("input[name=token]", api.adminToken());
        browser.click("form button[type=submit]");
        browser.visible("[data-create-match]");

        browser.type("[data-create-match] input[name=name]", "Class 7B: giveaway war");
        browser.type("[data-create-match] input[name=rounds]", "0");
        browser.click("[data-create-match] button[type=submit]");
        browser.await("the server's refusal next to the rounds", d -> !d.findElement(
                By.cssSelector("[data-create-match] [data-error-for=rounds]")).getText().isBlank());

        browser.type("[data-create-match] input[name=rounds]", "30");
        browser.type("[data-create-match] input[name=roundSeconds]", "20");
        browser.type("[data-create-match] input[name=seats]", "12");
        browser.type("[data-create-match] input[data-strategy=cost-plus]", "3");
        new Select(browser.find("[data-create-match] select[name=policy]")).selectByValue("guardrails");
        assertThat(browser.text("[data-create-match] [data-policy-about]")).contains("giveaway cap");
        browser.click("[data-create-match] [data-thresholds] summary");
        browser.type("[data-create-match] input[data-threshold=giveawayCapCents]", "15");
        browser.click("[data-create-match] button[type=submit]");
        String matchId = browser.await("the new match in the list", d -> d.findElements(
                        By.cssSelector("[data-teacher-matches] tr[data-match]")).stream()
                .filter(row -> row.getText().contains("Class 7B: giveaway war"))
                .map(row -> row.getAttribute("data-match"))
                .findFirst().orElse(null));
        JsonNode created = api.match(matchId);
        assertThat(created.get("summary").get("rounds").asInt()).isEqualTo(30);
        assertThat(created.get("summary").get("roundMillis").asLong()).isEqualTo(20_000);
        assertThat(created.get("summary").get("seats").asInt()).isEqualTo(12);
        assertThat(created.get("firms")).hasSize(3);
        assertThat(created.get("summary").get("policy").asText()).isEqualTo("guardrails");
        assertThat(api.events(matchId)).anyMatch(e -> e.get("type").asText().equals("match-created")
                && e.get("settings").get("policySettings").get("giveawayCapCents").asLong() == 15);
        String row = "[data-teacher-matches] tr[data-match='" + matchId + "']";
        assertThat(browser.attribute(row + " [data-col=policy]", "data-value")).isEqualTo("guardrails");

        browser.click(row + " button[data-control=start]");
        browser.await("the match to run", d -> "RUNNING".equals(
                d.findElement(By.cssSelector(row)).getAttribute("data-status")));
        assertThat(api.status(matchId)).isEqualTo("RUNNING");

        RunningArena.Registered linus = api.register("Linus");
        int firmId = api.join(matchId, linus);
        StreamClient student = StreamClient.connect(arena, matchId, "", null);
        student.socket().sendText("{\"type\":\"hello\",\"token\":" + RunningArena.quote(linus.token()) + "}", true).join();
        StreamClient projector = StreamClient.connect(arena, matchId, "", null);
        browser.click(row + " th button.link");
        browser.await("the connected student by name", d -> d.findElements(By.cssSelector("[data-connections] .people li"))
                .stream().anyMatch(li -> li.getText().contains("Linus") && li.getText().contains("firm #" + firmId)));
        assertThat(browser.attribute("[data-connections] .big-number", "data-count"))
                .as("the student, the projector and the console's own class monitor").isEqualTo("3");

        browser.type("[data-panel] textarea[name=text]", "Eyes on the projector, please.");
        browser.click("[data-panel] .broadcast button[type=submit]");
        browser.await("the message to be sent", d -> d.findElement(By.cssSelector("[data-panel] .broadcast .form-result"))
                .getText().startsWith("Sent"));
        assertThat(api.events(matchId)).anyMatch(e -> e.get("type").asText().equals("message-broadcast")
                && e.get("text").asText().equals("Eyes on the projector, please."));
        assertThat(browser.attribute("[data-panel] a[data-export=rounds]", "href"))
                .endsWith("/api/matches/" + matchId + "/export/rounds.csv");

        String switcher = "[data-policy-switch='" + matchId + "']";
        new Select(browser.find(switcher + " select[name=policy]")).selectByValue("antitrust");
        browser.click(switcher + " [data-thresholds] summary");
        browser.type(switcher + " input[data-threshold=shareCap]", "5");
        browser.click(switcher + " button[type=submit]");
        browser.await("the server's refusal next to the share cap", d -> d.findElement(By.cssSelector(
                switcher + " [data-error-for='policySettings.shareCap']")).getText().contains("shareCap"));
        assertThat(api.match(matchId).get("summary").get("policy").asText()).isEqualTo("guardrails");
        browser.type(switcher + " input[data-threshold=shareCap]", "0.3");
        browser.click(switcher + " button[type=submit]");
        browser.await("the server's answer", d -> d.findElement(By.cssSelector(switcher + " [data-policy-result]"))
                .getText().startsWith("The regulator is now antitrust"));
        assertThat(browser.text(switcher + " [data-policy-result]")).contains("share cap at 30%");
        browser.await("the new policy in the list", d -> "antitrust".equals(
                d.findElement(By.cssSelector(row + " [data-col=policy]")).getAttribute("data-value")));
        assertThat(api.match(matchId).get("summary").get("policy").asText()).isEqualTo("antitrust");
        assertThat(api.events(matchId)).anyMatch(e -> e.get("type").asText().equals("policy-changed")
                && e.get("policy").asText().equals("antitrust")
                && e.get("settings").get("shareCap").asDouble() == 0.3);

        browser.click(row + " button[data-control=pause]");
        browser.await("the match to pause", d -> "PAUSED".equals(
                d.findElement(By.cssSelector(row)).getAttribute("data-status")));
        assertThat(api.status(matchId)).isEqualTo("PAUSED");
        browser.visible(row + " button[data-control=resume]");
        browser.screenshot("teacher");
        student.socket().abort();
        projector.socket().abort();

        browser.click(row + " button[data-control=stop]");
        browser.awaitText(row + " button[data-control=stop]", "Really stop?");
        browser.click(row + " button[data-control=stop]");
        browser.await("the match to finish", d -> "FINISHED".equals(
                d.findElement(By.cssSelector(row)).getAttribute("data-status")));
    }

    @Test
    void theReplayOfAFinishedMatchScrubsToARoundAndShowsThatRoundsNumbers() {
        String matchId = api.create("{\"name\":\"Replay me\",\"roundMillis\":150,\"rounds\":8,\"seats\":3,"
                + "\"houseBots\":[\"cost-plus\",\"cost-plus\",\"cost-plus\"]}");
        api.control(matchId, "start");
        api.awaitMatch(matchId, "finished", m -> m.get("summary").get("status").asText().equals("FINISHED"));

        browser.openFresh(arena, "/#/replay/" + matchId);
        browser.awaitText("[data-replay-round]", "Round 8 of 8");
        WebElement slider = browser.visible("[data-scrubber]");
        slider.sendKeys(Keys.HOME);
        browser.awaitText("[data-replay-round]", "Round 1 of 8");
        slider.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.awaitText("[data-replay-round]", "Round 3 of 8");
        browser.click("button[data-step=next]");
        browser.awaitText("[data-replay-round]", "Round 4 of 8");
        browser.click("button[data-step=prev]");
        browser.awaitText("[data-replay-round]", "Round 3 of 8");

        JsonNode report = api.roundReport(matchId, 3);
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        dollars.setRoundingMode(java.math.RoundingMode.HALF_UP);
        for (JsonNode firm : report.get("firms")) {
            String css = "table.firms tr[data-firm='" + firm.get("firmId").asInt() + "'] [data-col=cash]";
            browser.await("firm " + firm.get("firmId") + "'s cash after round 3",
                    d -> d.findElement(By.cssSelector(css)).getAttribute("data-value").equals(firm.get("cash").asText()));
            assertThat(browser.text(css)).isEqualTo(dollars.format(firm.get("cash").asLong() / 100.0));
        }
        String hhi = NumberFormat.getIntegerInstance(Locale.US).format(report.get("indicators").get("hhi").asLong());
        assertThat(browser.text("[data-round-facts] [data-fact=HHI] dd")).isEqualTo(hhi);
        assertThat(browser.attribute(".charts", "data-rounds")).isEqualTo("3");
        assertThat(browser.texts("[data-feed] li[data-kind=round] .feed-title"))
                .contains("Round 3 settled").doesNotContain("Round 4 settled");
        browser.screenshot("replay");

        browser.open(arena, "/#/watch/" + matchId);
        browser.visible("[data-summary] .winner");
        JsonNode standings = api.match(matchId).get("standings");
        assertThat(browser.text("[data-summary] .winner strong")).isEqualTo(standings.get(0).get("name").asText());
        assertThat(browser.texts("[data-summary] .final-standings .standing-name"))
                .containsExactly(standings.get(0).get("name").asText(), standings.get(1).get("name").asText(),
                        standings.get(2).get("name").asText());
        assertThat(browser.texts("[data-summary] .health dt")).contains("Consumer welfare", "Concentration (HHI)",
                "Giveaway spend", "Involution index", "Bankruptcies", "Interventions");
        browser.screenshot("summary");
    }

    @Test
    void namesAndMessagesMadeOfScriptStayText() {
        String matchId = api.create("{\"name\":\"<script>alert('match')</script>\",\"roundMillis\":600000,\"seats\":6}");
        List<String> hostile = List.of("\"><svg onload=alert(3)>", "<iframe src=javascript:alert(4)>");
        for (String name : hostile) {
            api.join(matchId, api.register(name));
        }
        String payload = "<img src=x onerror=pwned=1>";
        String message = "<script>window.pwned=2</script><b onclick=alert(5)>bold?</b>";
        assertThat(api.send("POST", "/api/matches/" + matchId + "/messages", api.adminToken(),
                "{\"text\":" + RunningArena.quote(message) + "}").statusCode()).isEqualTo(201);

        joinFromTheLobby(matchId, payload);
        browser.awaitText(".match-title", "<script>alert('match')</script>");
        browser.awaitText("[data-banner] .banner-text", message);
        Set<String> names = browser.await("every firm in the table", d -> {
            Set<String> shown = d.findElements(By.cssSelector("table.firms [data-col=name]")).stream()
                    .map(WebElement::getText).collect(Collectors.toSet());
            return shown.size() == 3 ? shown : null;
        });
        assertThat(names).containsExactlyInAnyOrder(payload, hostile.get(0), hostile.get(1));
        assertThat(browser.texts("[data-feed] .feed-text")).contains(message);

        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.script("return document.querySelectorAll('#app img, #app svg, #app iframe, #app script, "
                + "#app b, [onerror], [onload], [onclick]').length")).isEqualTo(0L);
        assertThat(browser.dialogOpen()).isFalse();
        browser.screenshot("hostile-names");

        browser.open(arena, "/#/watch/" + matchId);
        browser.awaitText(".match-title", "<script>alert('match')</script>");
        browser.await("the names on the projector", d -> d.findElements(By.cssSelector("[data-standings] .standing-name"))
                .stream().anyMatch(e -> e.getText().startsWith(payload)));
        assertThat(browser.script("return window.pwned === undefined && document.querySelectorAll("
                + "'#app img, #app svg, #app iframe, #app script').length === 0")).isEqualTo(true);
        assertThat(browser.dialogOpen()).isFalse();
    }

    @Test
    void aReloadKeepsTheSeat() {
        String matchId = api.create("{\"name\":\"Seat keeper\",\"roundMillis\":600000,\"seats\":4}");
        int firmId = joinFromTheLobby(matchId, "Katherine Johnson");
        int seatsTaken = api.match(matchId).get("summary").get("firms").asInt();

        browser.driver().navigate().refresh();
        browser.awaitText(".firm-card .firm-title .firm-name", "Katherine Johnson");
        assertThat(browser.text(".firm-card .firm-title .sub")).isEqualTo("firm #" + firmId);

        browser.open(arena, "/#/");
        browser.click("[data-mine] [data-match='" + matchId + "'] a.button.primary");
        browser.await("the play view", d -> d.getCurrentUrl().endsWith("#/play/" + matchId));
        browser.awaitText(".firm-card .firm-title .sub", "firm #" + firmId);
        assertThat(api.match(matchId).get("summary").get("firms").asInt()).isEqualTo(seatsTaken);
        assertThat(browser.attribute("table.firms tr.me", "data-firm")).isEqualTo(String.valueOf(firmId));
    }
}
