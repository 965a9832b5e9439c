package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The arena in Simplified Chinese in a real Chromium: the language switch turns the lobby, the play
 * view and the teacher console (with its join code and class monitor) into Chinese, and the browser
 * remembers the choice.
 */
class BrowserChineseIT {
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

    @Test
    void theLobbyThePlayViewAndTheConsoleSpeakChineseOnceChosen() {
        String matchId = api.create("{\"name\":\"经济学 101\",\"preset\":\"classroom\",\"rounds\":30,\"seats\":6,"
                + "\"houseBots\":[\"cost-plus\"]}");
        browser.openFresh(arena, "/#/");
        browser.visible("[data-matches] [data-match='" + matchId + "']");
        assertThat(browser.text("[data-nav=lobby]")).isEqualTo("Lobby");
        new Select(browser.find("#language")).selectByValue("zh-CN");
        browser.awaitText("[data-nav=lobby]", "大厅");
        assertThat(browser.attribute("html", "lang")).isEqualTo("zh-CN");
        assertThat(browser.text(".lobby-grid")).contains("取一个名字", "加入课堂比赛", "有加入码吗？");
        browser.screenshotForDocs("lobby-zh");

        browser.open(arena, "/#/");
        browser.awaitText("[data-nav=teacher]", "教师");
        assertThat(browser.text(".lobby-grid")).as("the choice outlives a reload").contains("取一个名字");

        browser.type("input[name=name]", "小明");
        browser.click("button[data-join='" + matchId + "']");
        browser.await("the play view", d -> d.getCurrentUrl().endsWith("#/play/" + matchId));
        browser.awaitText(".firm-card .firm-title .firm-name", "小明");
        assertThat(browser.text(".firm-card")).contains("现金", "用户", "算力");
        assertThat(browser.text(".play-main")).contains("市场", "监管动态", "排名");
        assertThat(browser.text(".countdown")).contains("等待老师开始");

        browser.open(arena, "/#/teacher");
        browser.type("input[name=token]", api.adminToken());
        browser.click("form button[type=submit]");
        browser.awaitText(".page-head h1", "教师控制台");
        browser.click("[data-teacher-matches] tr[data-match='" + matchId + "'] th button.link");
        browser.visible("[data-panel] [data-join-code]");
        assertThat(browser.text("[data-panel]")).contains("学生加入", "课堂监控", "并输入加入码", "发送");
        assertThat(browser.text("[data-teacher-matches] thead")).contains("比赛", "状态", "操作");
        browser.screenshotForDocs("teacher-zh");

        new Select(browser.find("#language")).selectByValue("en");
        browser.awaitText(".page-head h1", "Teacher console");
        assertThat(browser.attribute("html", "lang")).isEqualTo("en");
    }
}
