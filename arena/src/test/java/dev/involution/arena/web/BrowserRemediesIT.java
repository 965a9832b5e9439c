package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A student plays a round of a match with the article's remedies in a real Chromium: the play view
 * shows the remedies' choices only in such a match, a choice nobody offers is refused on its field,
 * and the model, focus, licensor, license fee, consortium membership and safety spend chosen in the
 * form are what the round is settled with.
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
}
