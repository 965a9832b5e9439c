package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Axe;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * A student plays a round of a match with the article's remedies in a real Chromium: the play view
 * shows the remedies' choices only in such a match, a choice nobody offers is refused on its field,
 * and the model, focus, licensor, license fee, consortium membership and safety spend chosen in the
 * form are what the round is settled with; the play view and the projector show the incidents, the
 * consortium, the regulator's budget and the charts per use case, in both languages, with no serious
 * accessibility violation.
 */
class BrowserRemediesIT {
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

    private static boolean shown(String css) {
        return (Boolean) browser.script("const e = document.querySelector(arguments[0]); "
                + "return !!e && e.getClientRects().length > 0", css);
    }

    /** Sets a form control as a student would and lets the form hear of it. */
    private static void choose(String name, Object value) {
        browser.script("const e = document.querySelector('.decisions [name=' + arguments[0] + ']');"
                + "if (e.type === 'checkbox') e.checked = arguments[1]; else e.value = arguments[1];"
                + "e.dispatchEvent(new Event(e.tagName === 'SELECT' || e.type === 'checkbox' ? 'change' : 'input'));",
                name, value);
    }

    private static Optional<JsonNode> lastChoices(String matchId, int firmId) {
        return api.events(matchId).stream().filter(e -> e.get("type").asText().equals("decisions-set")
                && e.get("firmId").asInt() == firmId && e.hasNonNull("choices")).reduce((a, b) -> b)
                .map(e -> e.get("choices"));
    }

    @Test
    void aStudentChoosesModelFocusLicenseFeeConsortiumAndSafetyAndTheRoundSettlesWithThem() {
        String matchId = api.create("{\"name\":\"Remedies lesson\",\"rules\":\"remedies\",\"roundMillis\":8000,"
                + "\"rounds\":400,\"seats\":4,\"houseBots\":[\"incumbent\",\"specialist\"]}");
        int firmId = PlayPage.joinFromTheLobby(browser, arena, matchId, "Grace Hopper");
        api.control(matchId, "start");
        browser.await("the match to run", d -> PlayPage.status(browser).equals("RUNNING"));
        browser.await("the remedies' choices", d -> shown("[data-remedies]"));
        browser.await("the incumbent's general model", d -> lastChoices(matchId, 0)
                .map(c -> c.get("model").asText().equals("GENERAL")).orElse(false));

        choose("model", "PUBLIC");
        browser.click(".decisions button[type=submit]");
        browser.await("the refusal on the model", d -> browser.text("[data-error-for=model]").contains("public farm"));
        assertThat(lastChoices(matchId, firmId)).as("a refusal changes nothing").isEmpty();

        choose("model", "SPECIALIZED");
        choose("focus", "1");
        assertThat(shown("[name=focus]")).as("the focus shows for a specialized model").isTrue();
        choose("model", "LICENSED");
        assertThat(shown("[name=licensor]")).as("the licensor shows for a licensed model").isTrue();
        choose("licensor", "0");
        choose("licenseFee", "12");
        choose("consortium", true);
        choose("safety", "500");
        browser.click(".decisions button[type=submit]");
        browser.await("the answer", d -> browser.text(".decisions .form-result").startsWith("Saved"));

        JsonNode choices = lastChoices(matchId, firmId).orElseThrow();
        assertThat(choices.get("model").asText()).isEqualTo("LICENSED");
        assertThat(choices.get("licensor").asInt()).isEqualTo(0);
        assertThat(choices.get("focus").asInt()).isEqualTo(1);
        assertThat(choices.get("licenseFee").asLong()).isEqualTo(12);
        assertThat(choices.get("consortium").asBoolean()).isTrue();
        assertThat(choices.get("safety").asLong()).isEqualTo(50_000);
        assertThat(browser.text("[data-in-force]")).contains("licensed from firm #0", "consortium member", "$500");

        int round = Integer.parseInt(browser.attribute(".match-header [data-round]", "data-round"));
        JsonNode settled = browser.await("the round settled", d -> api.events(matchId).stream()
                .filter(e -> e.get("type").asText().equals("round-settled") && e.get("report").get("round").asInt() == round)
                .findFirst().map(e -> ArenaApi.firm(e.get("report"), firmId)).orElse(null));
        JsonNode remedy = settled.get("remedy");
        assertThat(remedy.get("model").asText()).isEqualTo("LICENSED");
        assertThat(remedy.get("licensor").asInt()).isEqualTo(0);
        assertThat(remedy.get("consortium").asBoolean()).isTrue();
        assertThat(remedy.get("safety").asLong()).isGreaterThanOrEqualTo(50_000);
        assertThat(remedy.get("usersByUseCase")).hasSize(4);
        browser.screenshotForDocs("play-remedies");
        api.control(matchId, "stop");
    }

    @Test
    void aClassicMatchShowsNoRemediesChoices() {
        String matchId = api.create("{\"name\":\"Classic lesson\",\"roundMillis\":8000,\"rounds\":400,\"seats\":3,"
                + "\"houseBots\":[\"cost-plus\"]}");
        PlayPage.joinFromTheLobby(browser, arena, matchId, "Ada");
        api.control(matchId, "start");
        browser.await("the match to run", d -> PlayPage.status(browser).equals("RUNNING"));
        browser.await("the decisions", d -> shown(".decisions [name=price]"));
        assertThat(shown("[data-remedies]")).isFalse();
        api.control(matchId, "stop");
    }

    /** Cents as the page shows money: whole dollars from $1,000 up, else dollars and cents when there are any. */
    private static String dollars(long cents) {
        long abs = Math.abs(cents);
        String sign = cents < 0 ? "\u2212" : "";
        return abs >= 100_000 || abs % 100 == 0 ? sign + "$" + thousands(Math.round(abs / 100.0))
                : sign + String.format(Locale.US, "$%,.2f", abs / 100.0);
    }

    private static String thousands(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static List<JsonNode> reports(String matchId) {
        return api.events(matchId).stream().filter(e -> e.get("type").asText().equals("round-settled"))
                .map(e -> e.get("report")).toList();
    }

    /** The first incident of the match: its round and the firm's part of that round. */
    private static JsonNode[] firstIncident(List<JsonNode> reports) {
        for (JsonNode report : reports) {
            for (JsonNode f : report.get("firms")) {
                if (f.path("remedy").path("incident").asBoolean()) {
                    return new JsonNode[] {report, f};
                }
            }
        }
        throw new AssertionError("no incident in " + reports.size() + " rounds");
    }

    /** What the remedies' board shows of the finished match, checked against the history. */
    private static void theBoardShows(List<JsonNode> reports, String where) {
        JsonNode[] incident = firstIncident(reports);
        String row = "[data-remedies-board] [data-incident][data-firm='" + incident[1].get("firmId").asInt()
                + "'][data-round='" + incident[0].get("round").asInt() + "']";
        browser.await("the incident on the " + where, d -> !browser.findAll(row).isEmpty());
        assertThat(incident[1].get("remedy").get("incidentUsers").asLong()).as("users lost").isPositive();
        assertThat(browser.text(row)).contains(incident[1].get("name").asText(),
                thousands(incident[1].get("remedy").get("incidentUsers").asLong()));

        JsonNode last = reports.get(reports.size() - 1);
        JsonNode remedies = last.get("indicators").get("remedies");
        browser.await("the budget after the last round on the " + where, d -> browser.attribute(
                "[data-budget-balance]", "data-budget-balance").equals(remedies.get("budget").asText()));
        long levies = reports.stream().mapToLong(r -> r.get("indicators").get("remedies").get("levies").asLong()).sum();
        assertThat(browser.text("[data-budget] tbody tr:nth-child(3) td:last-child")).as("the levy so far")
                .isEqualTo(dollars(levies));
        assertThat(browser.text("[data-budget]")).contains("levy on revenue", "public compute farms", "basic research");
        assertThat(reports.get(0).get("indicators").get("remedies").get("levies").asLong()).as("no levy in round 1")
                .isZero();
        assertThat(browser.text("[data-budget] [data-levy-note]")).as("why the levy can be 0")
                .contains("The levy is 0 in round 1", "3% of revenue");

        List<String> members = new ArrayList<>();
        for (JsonNode f : last.get("firms")) {
            if (f.get("remedy").get("consortium").asBoolean() && !f.get("status").asText().equals("BANKRUPT")) {
                members.add(f.get("firmId").asText());
            }
        }
        assertThat(members).as("the consortium bots are members").hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findAll("[data-consortium] [data-member]").stream().map(e -> e.getAttribute("data-member"))
                .toList()).isEqualTo(members);
        assertThat(Double.parseDouble(browser.attribute("[data-frontier]", "data-frontier")))
                .isEqualTo(remedies.get("frontier").asDouble());

        browser.click("[data-chart=use-case-users] details summary");
        List<String> firstRound = browser.await("the numbers of the use-case chart", d -> {
            List<String> cells = browser.texts("[data-numbers=use-case-users] tbody tr:first-child td");
            return cells.size() == 4 ? cells : null;
        });
        List<String> expected = new ArrayList<>();
        reports.get(0).get("indicators").get("remedies").get("usersByUseCase").forEach(n -> expected.add(thousands(n.asLong())));
        assertThat(firstRound).isEqualTo(expected);
        assertThat(browser.findAll("[data-numbers=use-case-users] tbody tr")).hasSize(reports.size());
        assertThat(browser.findAll("[data-chart=use-case-users] canvas")).isNotEmpty();
    }

    @Test
    void thePlayViewAndTheProjectorShowIncidentsTheConsortiumTheBudgetAndTheUseCases() {
        Axe axe = Axe.load();
        String matchId = api.create("{\"name\":\"Remedies at work\",\"policy\":\"article\",\"roundMillis\":400,"
                + "\"policySettings\":{\"safetyStandard\":0},"
                + "\"rounds\":400,\"seats\":6,\"seed\":11,\"houseBots\":[\"safety-skimper\",\"safety-skimper\","
                + "\"safety-skimper\",\"consortium\",\"consortium\"]}");
        int firmId = PlayPage.joinFromTheLobby(browser, arena, matchId, "Grace");
        api.control(matchId, "start");
        api.awaitMatch(matchId, "an incident and a few rounds", m -> m.path("lastRound").path("indicators")
                .path("remedies").path("incidentsToDate").asInt() > 0 && m.get("lastRound").get("round").asInt() >= 4);
        api.control(matchId, "stop");
        api.awaitMatch(matchId, "its end", m -> m.get("summary").get("status").asText().equals("FINISHED"));
        List<JsonNode> reports = reports(matchId);

        theBoardShows(reports, "play view");
        assertThat(browser.findAll("[data-chart=use-case-share] canvas")).as("the student's share per use case").isNotEmpty();
        assertThat(browser.findAll("[data-use-case-firms] tr[data-firm='" + firmId + "'].me")).hasSize(1);
        assertThat(axe.seriousViolations(browser)).as("play view").isEmpty();

        browser.open(arena, "/#/watch/" + matchId);
        theBoardShows(reports, "projector");
        assertThat(browser.findAll("[data-chart=use-case-share]")).as("no 'your share' on the projector").isEmpty();
        browser.screenshotForDocs("watch-remedies");
        assertThat(axe.seriousViolations(browser)).as("projector").isEmpty();

        try {
            new Select(browser.find("#language")).selectByValue("zh-CN");
            browser.open(arena, "/#/watch/" + matchId);
            browser.awaitText("[data-remedies-board] h2", "文章提出的对策");
            browser.await("the budget in Chinese", d -> browser.text("[data-budget] h3").equals("监管者预算"));
            assertThat(browser.text("[data-budget] [data-levy-note]")).startsWith("第 1 轮的征费为 0");
            assertThat(axe.seriousViolations(browser)).as("projector in Chinese").isEmpty();
        } finally {
            browser.open(arena, "/#/");
            new Select(browser.find("#language")).selectByValue("en");
        }
    }

    @Test
    void theTeacherCreatesAMatchWithTheRemediesRulesAndTheirParameters() {
        browser.openFresh(arena, "/#/teacher");
        browser.type("input[name=token]", api.adminToken());
        browser.click("form button[type=submit]");
        browser.visible("[data-create-match]");
        browser.type("[data-create-match] input[name=name]", "Remedies without farms");
        assertThat(browser.findAll("[data-create-match] select[name=policy] option").stream()
                .map(o -> o.getAttribute("value")).toList()).contains("article", "over-regulation");
        new Select(browser.find("[data-create-match] select[name=policy]")).selectByValue("article");
        new Select(browser.find("[data-create-match] select[name=rules]")).selectByValue("remedies");
        browser.click("[data-create-match] [data-thresholds] summary");
        new Select(browser.find("[data-create-match] select[data-threshold=publicFarms]")).selectByValue("false");
        browser.type("[data-create-match] input[data-threshold=levyBasisPoints]", "20000");
        browser.click("[data-create-match] button[type=submit]");
        browser.await("the refusal next to the levy", d -> !browser.text(
                "[data-create-match] [data-error-for='policySettings.levyBasisPoints']").isBlank());

        browser.type("[data-create-match] input[data-threshold=levyBasisPoints]", "1000");
        browser.type("[data-create-match] input[data-threshold=basicResearchCents]", "5000");
        browser.click("[data-create-match] button[type=submit]");
        String matchId = browser.await("the new match in the list", d -> browser.findAll(
                "[data-teacher-matches] tr[data-match]").stream()
                .filter(row -> row.getText().contains("Remedies without farms"))
                .map(row -> row.getAttribute("data-match")).findFirst().orElse(null));
        JsonNode settings = api.events(matchId).get(0).get("settings");
        assertThat(settings.get("market").get("remedies").get("useCases")).as("the remedies' rules").hasSize(4);
        assertThat(settings.get("policySettings").get("publicFarms").asBoolean()).isFalse();
        assertThat(settings.get("policySettings").get("levyBasisPoints").asLong()).isEqualTo(1000);
        assertThat(settings.get("policySettings").get("basicResearchCents").asLong()).isEqualTo(500_000);
        assertThat(settings.get("policySettings").get("banConsortia").isNull()).as("left as the policy says").isTrue();
    }
}
