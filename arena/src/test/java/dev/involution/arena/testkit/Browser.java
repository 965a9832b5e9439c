package dev.involution.arena.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's ChromeDriver (Debian packages {@code chromium}
 * and {@code chromium-driver}), for browser tests against a {@link RunningArena}. Where they are
 * missing the test is skipped with a visible message, or fails when services are required
 * ({@link RequiredServices}).
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.open(arena, "/#/teacher");
 *     browser.await("the console", d -> d.findElement(By.cssSelector("[data-create-match]")));
 *     browser.screenshot("teacher");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: {@code target/screenshots} of the module under test. */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    /** Where the documentation's screenshots live: {@code docs/img} of the project. */
    public static final Path DOC_IMAGES = Path.of(System.getProperty("basedir", "."), "..", "docs", "img").normalize();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 1000;

    /** Where this browser's downloads go: a folder of its own under {@code target/downloads}. */
    private final Path downloads;
    private final ChromeDriver driver;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** A fresh headless Chromium; skips (or fails, when required) if Chromium or ChromeDriver is missing. */
    public static Browser start() {
        return RequiredServices.require("Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "; Debian packages chromium and chromium-driver)", () -> {
                    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
                        if (!Files.isExecutable(p)) {
                            throw new IOException(p + " is not installed");
                        }
                    }
                    ChromeDriverService service = new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .usingAnyFreePort()
                            .build();
                    ChromeOptions options = new ChromeOptions();
                    options.setBinary(CHROMIUM.toFile());
                    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--no-first-run",
                            "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
                            "--window-size=" + WIDTH + "," + HEIGHT);
                    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
                    Path downloads = Files.createTempDirectory(Files.createDirectories(SCREENSHOTS.resolveSibling("downloads")),
                            "browser-");
                    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                            "download.prompt_for_download", false));
                    return new Browser(new ChromeDriver(service, options), downloads);
                });
    }

    public WebDriver driver() {
        return driver;
    }

    /** A file this browser downloaded, once it is complete (Chromium writes {@code .crdownload} until then). */
    public Path awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        return await("the download of " + fileName, d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")) ? file : null);
    }

    /** Opens a path of the arena (e.g. {@code "/#/teacher"}), loading the page afresh. */
    public void open(RunningArena arena, String path) {
        driver.get(arena.uri(path).toString());
    }

    /** Opens the arena with empty local and session storage: a browser that has never been there. */
    public void openFresh(RunningArena arena, String path) {
        driver.get(arena.uri("/").toString());
        script("localStorage.clear(); sessionStorage.clear();");
        driver.get("about:blank");
        open(arena, path);
    }

    /** Waits until {@code condition} gives a non-null, non-false value; element lookups may fail meanwhile. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return await(() -> what, condition);
    }

    /**
     * As {@link #await(String, Function)}, with a description written when the wait fails (it may
     * say what the page showed instead); a failed wait also names the console's errors.
     */
    public <T> T await(Supplier<String> what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, POLL)
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what.get() + "; console errors: " + consoleErrors())
                .until(condition::apply);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The text of the first element matching {@code css}, read at one moment; fails if there is none. */
    public String text(String css) {
        Object text = script("const e = document.querySelector(arguments[0]); return e && e.textContent", css);
        if (text == null) {
            throw new NoSuchElementException("no element matches " + css);
        }
        return (String) text;
    }

    /** An attribute of the first element matching {@code css} (null when it has none), read at one moment. */
    public String attribute(String css, String name) {
        Object found = script("const e = document.querySelector(arguments[0]); return e ? [e.getAttribute(arguments[1])] : null",
                css, name);
        if (found == null) {
            throw new NoSuchElementException("no element matches " + css);
        }
        return (String) ((List<?>) found).get(0);
    }

    /** The text of every element matching {@code css}, read at one moment (the page re-renders as events arrive). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)", css);
    }

    /** The element once it is displayed. */
    public WebElement visible(String css) {
        return await(css + " to be displayed", d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }

    /** Clicks the element, looking it up again if a re-render replaced it. */
    public void click(String css) {
        await("to click " + css, d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    /** Replaces an input's value as a user would: select all, type. */
    public void type(String css, String text) {
        WebElement input = visible(css);
        // One edit while the field has the focus: select what is there, delete it, type. (clear() takes
        // the focus away, and a page that re-renders meanwhile puts the field's value back, so the text
        // typed after it would be appended: "10" then "37" read "1037".)
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text);
    }

    /** The text of the first element matching {@code css}, waiting until it is {@code expected}. */
    public void awaitText(String css, String expected) {
        await(css + " to read '" + expected + "'", d -> expected.equals(d.findElement(By.cssSelector(css)).getText()));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Whether a JavaScript dialog (alert, confirm, prompt) is open. */
    public boolean dialogOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Browser console messages since the last call (errors include CSP violations and uncaught exceptions). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves the whole page (not just the window) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return screenshot(name, WIDTH);
    }

    /**
     * Saves the whole page as it looks {@code width} pixels wide as {@code target/screenshots/<name>.png};
     * the window gets its size back afterwards.
     */
    public Path screenshot(String name, int width) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension before = driver.manage().window().getSize();
            script("window.scrollTo(0, 0)");
            driver.manage().window().setSize(new Dimension(width, before.getHeight()));
            script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
            Number chrome = (Number) script("return Math.max(0, window.outerHeight - window.innerHeight)");
            int full = Math.min(6000, Math.max(HEIGHT, height.intValue() + chrome.intValue()));
            driver.manage().window().setSize(new Dimension(width, full));
            script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().setReadable(true, false); // the driver's temporary file is private
            Files.deleteIfExists(shot);
            driver.manage().window().setSize(before);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot for the documentation: saved as {@link #screenshot(String, int)} does and, when the
     * build runs with {@code -Ddocs.screenshots=true}, also as {@code docs/img/<name>.png}, where the
     * docs show it.
     */
    public Path screenshotForDocs(String name, int width) {
        Path shot = screenshot(name, width);
        if (Boolean.getBoolean("docs.screenshots")) {
            try {
                Files.createDirectories(DOC_IMAGES);
                Files.copy(shot, DOC_IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shot;
    }

    public Path screenshotForDocs(String name) {
        return screenshotForDocs(name, WIDTH);
    }

    /** Gives the window (the page's viewport, headless) this size, e.g. a phone's 390 x 844. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /** Back to the desktop size the browser started with. */
    public void resizeToDesktop() {
        resize(WIDTH, HEIGHT);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
