package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Browser;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Chromium and a real arena (no demo match, unless {@link #withDemo()}) for a class of browser tests: started before
 * the class, closed after it, and after every test a check that the page opened no JavaScript
 * dialog and logged no error (CSP violations included; refusals a test asked for, logged as
 * "Failed to load resource", are allowed). Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    private final boolean demo;
    private Browser browser;
    private RunningArena arena;
    private ArenaApi api;
    private long arenaStartedAt;

    BrowserSession() {
        this(false);
    }

    private BrowserSession(boolean demo) {
        this.demo = demo;
    }

    /** A session whose arena keeps its demo match, as a fresh arena does. */
    static BrowserSession withDemo() {
        return new BrowserSession(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
        arenaStartedAt = System.currentTimeMillis();
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", demo), ArenaModules.standard());
        api = new ArenaApi(arena);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(browser.dialogOpen()).as("a JavaScript dialog is open").isFalse();
        assertThat(browser.consoleErrors())
                .as("errors in the browser console (CSP violations included)")
                .filteredOn(message -> !message.contains("Failed to load resource"))
                .isEmpty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (arena != null) {
            arena.close();
        }
    }

    Browser browser() {
        return browser;
    }

    RunningArena arena() {
        return arena;
    }

    ArenaApi api() {
        return api;
    }

    /** When the arena was asked to start, epoch ms. */
    long arenaStartedAt() {
        return arenaStartedAt;
    }
}
