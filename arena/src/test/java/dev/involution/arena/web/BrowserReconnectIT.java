package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A student's page through a server restart: the stream drops, reconnects to the restarted server
 * on the same address, resumes from the last event it saw (no fresh snapshot, nothing missed, nothing
 * twice), and the student is still in the same seat.
 */
class BrowserReconnectIT {

    @Test
    void afterAServerRestartThePageResumesFromItsLastEventInTheSameSeat() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (Browser browser = Browser.start()) {
            RunningArena arena = RunningArena.start(
                    s -> s.with("arena.demo.enabled", false).withHttpPort(port), ArenaModules.standard());
            try {
                ArenaApi api = new ArenaApi(arena);
                String matchId = api.create("{\"name\":\"Through a restart\",\"roundMillis\":700,\"rounds\":1000,"
                        + "\"seats\":3,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
                browser.openFresh(arena, "/#/");
                browser.type("input[name=name]", "Margaret Hamilton");
                browser.click("button[data-join='" + matchId + "']");
                browser.awaitText(".firm-card .firm-title .firm-name", "Margaret Hamilton");
                String seat = browser.text(".firm-card .firm-title .sub");
                api.control(matchId, "start");
                int before = browser.await("a few rounds on the page", d -> {
                    int rounds = chartRounds(d.findElement(By.cssSelector(".charts")));
                    return rounds >= 3 ? rounds : null;
                });
                assertThat(connection(browser).getAttribute("data-state")).isEqualTo("live");

                arena = arena.restart();
                ArenaApi restarted = new ArenaApi(arena);

                browser.await("the page to notice the drop and come back",
                        d -> Integer.parseInt(connection(browser).getAttribute("data-reconnects")) > 0
                                && connection(browser).getAttribute("data-state").equals("live"));
                browser.await("rounds played after the restart",
                        d -> chartRounds(d.findElement(By.cssSelector(".charts"))) >= before + 3);
                browser.await("every settled round on the page", d -> chartRounds(d.findElement(By.cssSelector(".charts")))
                        == restarted.match(matchId).get("lastRound").get("round").asInt());
                assertThat(connection(browser).getAttribute("data-snapshots"))
                        .as("resumed by sequence number, no new snapshot (last resync: %s)",
                                connection(browser).getAttribute("data-last-resync"))
                        .isEqualTo("1");
                assertThat(connection(browser).getAttribute("data-resyncs")).isEqualTo("0");
                List<String> rounds = browser.texts("[data-feed] li[data-kind=round] .feed-title");
                assertThat(rounds).as("no round seen twice").doesNotHaveDuplicates().isNotEmpty();
                assertThat(browser.text(".firm-card .firm-title .firm-name")).isEqualTo("Margaret Hamilton");
                assertThat(browser.text(".firm-card .firm-title .sub")).isEqualTo(seat);
                browser.screenshot("play-after-restart");
                restarted.control(matchId, "stop");
            } finally {
                arena.close();
            }
        }
    }

    private static WebElement connection(Browser browser) {
        return browser.find(".match-header .connection");
    }

    private static int chartRounds(WebElement charts) {
        String value = charts.getAttribute("data-rounds");
        return value == null || value.isEmpty() ? -1 : Integer.parseInt(value);
    }
}
