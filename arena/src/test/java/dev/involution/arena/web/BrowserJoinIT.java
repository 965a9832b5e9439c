package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.QrCodes;
import dev.involution.arena.testkit.RunningArena;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * Joining a class by code in real Chromiums: the console and the projector show the match's code,
 * its join address and a QR code that a reader (ZXing) decodes to that address; a second browser
 * types the code in the lobby, picks a name and lands in its seat, and a third opens the join
 * address itself; a code that leads nowhere says so.
 */
class BrowserJoinIT {
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
    void aSecondBrowserJoinsByTheCodeTheConsoleShowsAndTheQrCodeReadsAsTheJoinAddress() {
        String matchId = api.create("{\"name\":\"Economics 101, group B\",\"preset\":\"classroom\",\"rounds\":30,"
                + "\"seats\":8,\"houseBots\":[\"cost-plus\",\"subsidizer\"]}");
        teacher.openFresh(arena, "/#/teacher");
        teacher.type("input[name=token]", api.adminToken());
        teacher.click("form button[type=submit]");
        teacher.click("[data-teacher-matches] tr[data-match='" + matchId + "'] th button.link");
        teacher.visible("[data-panel='" + matchId + "'] [data-join-code]");
        String code = teacher.attribute("[data-panel] [data-join-code]", "data-join-code");
        String url = teacher.attribute("[data-panel] [data-join-url]", "data-join-url");
        String origin = "http://127.0.0.1:" + arena.arena().port();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(teacher.text("[data-panel] [data-join-address]")).isEqualTo(origin);
        assertThat(url).isEqualTo(origin + "/#/join/" + code);
        assertThat(qrCodeText()).as("the QR code, read from the page").isEqualTo(url);
        teacher.screenshotForDocs("teacher-join");

        try (Browser student = Browser.start()) {
            student.openFresh(arena, "/#/");
            String typed = code.substring(0, 3).toLowerCase() + " " + code.substring(3);
            student.type("[data-lobby-code] input[name=code]", typed);
            student.click("[data-lobby-code] button[type=submit]");
            student.await("the match's name form", d -> d.getCurrentUrl().endsWith("#/play/" + matchId));
            student.type("input[name=name]", "Grace Hopper");
            student.click("form button[type=submit]");
            student.awaitText(".firm-card .firm-title .firm-name", "Grace Hopper");

            student.openFresh(arena, url.substring(origin.length()));
            student.await("the match's name form", d -> d.getCurrentUrl().endsWith("#/play/" + matchId));
            student.type("input[name=name]", "Alan Turing");
            student.click("form button[type=submit]");
            student.awaitText(".firm-card .firm-title .firm-name", "Alan Turing");

            student.openFresh(arena, "/#/join/ABCDE0");
            student.await("a code that cannot be one", d -> !d.findElement(
                    By.cssSelector("[data-join-by-code] [data-error-for=code]")).getText().isBlank());
            String nowhere = code.equals("ABCDEF") ? "ABCDEG" : "ABCDEF";
            student.openFresh(arena, "/#/join/" + nowhere);
            student.await("a code no class uses", d -> d.findElement(
                    By.cssSelector("[data-join-by-code] [data-error-for=code]")).getText().contains("no class"));
            assertThat(student.consoleErrors()).filteredOn(m -> !m.contains("Failed to load resource")).isEmpty();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode firm : api.match(matchId).get("firms")) {
            names.add(firm.get("name").asText());
        }
        assertThat(names).contains("Grace Hopper", "Alan Turing");

        teacher.open(arena, "/#/watch/" + matchId);
        teacher.visible("[data-join-panel] [data-join-code='" + code + "']");
        byte[] projected = teacher.find("[data-join-panel] [data-join-qr] svg").getScreenshotAs(OutputType.BYTES);
        assertThat(QrCodes.decodePng(projected)).as("the projector's QR code").isEqualTo(url);
        teacher.screenshotForDocs("projector-join");
    }

    /**
     * The text of the console's QR code, read from a screenshot of it; read again for up to 10 s
     * while a screenshot cannot be read (one taken while the panel is still being laid out), so
     * that only a QR code that never reads fails.
     */
    private static String qrCodeText() {
        AssertionError unread = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            byte[] png = teacher.find("[data-panel] [data-join-qr] svg").getScreenshotAs(OutputType.BYTES);
            try {
                return QrCodes.decodePng(png);
            } catch (AssertionError e) {
                unread = e;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw unread;
    }
}
