package dev.involution.arena.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility checker, run in a {@link Browser}'s page. Its script comes from the
 * npm registry ({@code npm pack axe-core@VERSION}, integrity checked by npm) into
 * {@code target/axe-core} the first time, for the tests only; where npm cannot fetch it the test
 * is skipped with a message, or fails when services are required ({@link RequiredServices}). The
 * script is injected through the driver, which the pages' Content-Security-Policy does not govern.
 */
public final class Axe {
    public static final String VERSION = "4.10.3";
    private static final Path DIR = Browser.SCREENSHOTS.resolveSibling("axe-core");

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    /** axe-core, fetched once per build. */
    public static synchronized Axe load() {
        return RequiredServices.require("axe-core " + VERSION + " from the npm registry (npm on the PATH)", () -> {
            Path script = DIR.resolve("package").resolve("axe.min.js");
            if (!Files.isRegularFile(script)) {
                Files.createDirectories(DIR);
                run(DIR, "npm", "pack", "axe-core@" + VERSION, "--silent");
                run(DIR, "tar", "-xzf", "axe-core-" + VERSION + ".tgz");
            }
            return new Axe(Files.readString(script, StandardCharsets.UTF_8));
        });
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("npm.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed; see " + dir.resolve("npm.log"));
        }
    }

    /** A rule the page breaks: its id, impact, help text and the elements (CSS selectors) at fault. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " " + targets;
        }
    }

    /** The serious and critical violations of WCAG 2.1 A and AA (and best practices) on the page as it is now. */
    @SuppressWarnings("unchecked")
    public List<Violation> seriousViolations(Browser browser) {
        browser.script(source);
        Object result = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},"
                        + " resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.slice(0, 8).map(n => n.target.join(' '))}))), e => done([{rule: 'axe-error',"
                        + " impact: 'critical', help: String(e), targets: []}]))")
                : List.of();
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")));
        }
        return violations;
    }
}
