package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The class monitor in real Chromiums: a student who buys no compute is flagged in the console
 * while one who does is not; the teacher's one-click tip reaches that student's page, and a message
 * written to one student is addressed to that firm.
 */
class BrowserMonitorIT {
    private static RunningArena arena;
    private static ArenaApi api;
    private static Browser teacher;

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @BeforeAll
    static void start() {
        teacher = SESSION.browser();
        arena = SESSION.arena();
        api = SESSION.api();
    }

    @Test
    void theMonitorFlagsAStudentWhoBuysNoComputeAndTheirTipReachesThem() {
        String matchId = api.create("{\"name\":\"Monitor lesson\",\"preset\":\"classroom\",\"roundMillis\":4000,"
                + "\"rounds\":200,\"seats\":6,\"houseBots\":[\"cost-plus\"]}");
        try (Browser ada = Browser.start()) {
            int adaFirm = PlayPage.joinFromTheLobby(ada, arena, matchId, "Ada");
            RunningArena.Registered bob = api.register("Bob");
            int bobFirm = api.join(matchId, bob);
            api.control(matchId, "start");
            api.awaitMatch(matchId, "running", m -> m.get("summary").get("status").asText().equals("RUNNING"));
            HttpResponse<String> bid = api.send("POST", "/api/matches/" + matchId + "/orders", bob.token(),
                    "{\"side\":\"BUY\",\"price\":9000,\"quantity\":20}");
            assertThat(bid.statusCode()).as(bid.body()).isEqualTo(201);

            teacher.openFresh(arena, "/#/teacher");
            teacher.type("input[name=token]", api.adminToken());
            teacher.click("form button[type=submit]");
            teacher.click("[data-teacher-matches] tr[data-match='" + matchId + "'] th button.link");
            String adaRow = "[data-monitor] tr[data-firm='" + adaFirm + "']";
            String bobRow = "[data-monitor] tr[data-firm='" + bobFirm + "']";
            teacher.await("Ada flagged for buying no compute", d -> teacher.attribute(adaRow, "data-flags")
                    .contains("no-compute"));
            assertThat(teacher.attribute(bobRow, "data-flags")).doesNotContain("no-compute");
            assertThat(teacher.text(bobRow + " [data-col=compute]")).startsWith("20 units");
            assertThat(teacher.attribute("[data-monitor] [data-flag-count=no-compute]", "data-value")).isEqualTo("1");
            assertThat(teacher.text("[data-monitor] .countdown")).contains("Round");
            teacher.screenshotForDocs("teacher-monitor");

            teacher.click(adaRow + " button[data-tip]");
            ada.await("the tip on Ada's page", d -> ada.text("[data-banner] .banner-text").contains("no compute"));
            JsonNode tip = api.events(matchId).stream().filter(e -> e.get("type").asText().equals("message-broadcast"))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(tip.get("firmId").asInt()).isEqualTo(adaFirm);

            teacher.click(bobRow + " button[data-write]");
            assertThat(new Select(teacher.find("[data-recipient]")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(String.valueOf(bobFirm));
            teacher.type("[data-panel] textarea[name=text]", "Nice bid, Bob.");
            teacher.click("[data-panel] .broadcast button[type=submit]");
            teacher.await("the message to be sent", d -> teacher.text("[data-panel] .broadcast .form-result")
                    .startsWith("Sent to Bob"));
            assertThat(api.events(matchId)).anyMatch(e -> e.get("type").asText().equals("message-broadcast")
                    && e.get("text").asText().equals("Nice bid, Bob.") && e.get("firmId").asInt() == bobFirm);
            ada.await("Bob's message not on Ada's page", d -> !ada.text("[data-banner]").contains("Nice bid"));
            assertThat(ada.consoleErrors()).filteredOn(m -> !m.contains("Failed to load resource")).isEmpty();
        }
        api.control(matchId, "stop");
    }
}
