package dev.involution.arena.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.ArenaModules;
import dev.involution.arena.http.WebRoutes;
import dev.involution.arena.testkit.RunningArena;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser arena's files as the server serves them: the page, its modules and uPlot, with the
 * right types, caching and a strict Content-Security-Policy; every module the page imports is
 * there; and the sources keep to the rules that make the CSP and text-only rendering hold.
 */
class WebRoutesIT {
    private static final Pattern IMPORT = Pattern.compile("(?:import|export)\\s[^;]*?from\\s+'([^']+)'");
    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");
    private static RunningArena arena;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void thePageIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = arena.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).isEqualTo(WebRoutes.CONTENT_SECURITY_POLICY)
                .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self' ws: wss:",
                        "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/main.js\"></script>");
    }

    @Test
    void modulesStylesAndUplotHaveTheirContentTypesAndCaching() {
        HttpResponse<String> module = arena.get("/js/main.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Type")).contains("application/javascript; charset=UTF-8");
        assertThat(module.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> css = arena.get("/css/arena.css");
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=UTF-8");

        HttpResponse<String> uplot = arena.get("/webjars/uplot/1.6.30/dist/uPlot.esm.js");
        assertThat(uplot.statusCode()).isEqualTo(200);
        assertThat(uplot.headers().firstValue("Content-Type")).contains("application/javascript; charset=UTF-8");
        assertThat(uplot.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(uplot.body()).contains("export { uPlot as default }");

        String etag = module.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = arena.send(arena.request("/js/main.js").header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void everythingThePageLoadsOrImportsIsServed() {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Matcher linked = LINKED.matcher(arena.get("/").body());
        while (linked.find()) {
            todo.add(linked.group(1));
        }
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = arena.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            if (path.endsWith(".js") && path.startsWith("/js/")) {
                Matcher imports = IMPORT.matcher(response.body());
                while (imports.find()) {
                    todo.add(resolve(path, imports.group(1)));
                }
            }
        }
        assertThat(seen).contains("/js/main.js", "/js/views/play.js", "/js/stream.js", "/js/vendor/uplot.js",
                "/webjars/uplot/1.6.30/dist/uPlot.esm.js", "/webjars/uplot/1.6.30/dist/uPlot.min.css", "/css/arena.css");
    }

    @Test
    void onlyTheUisFilesAreServed() {
        for (String path : List.of("/js/", "/js/nope.js", "/css/%2e%2e/%2e%2e/application.conf", "/js/..%2f..%2flogback.xml",
                "/webjars/", "/web/index.html", "/application.conf", "/logback.xml",
                "/dev/involution/arena/Main.class")) {
            assertThat(arena.get(path).statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> post = arena.send(arena.request("/").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(arena.get("/api/matches").statusCode()).as("the API is still there").isEqualTo(200);
    }

    /** The rules that make the CSP enforceable and names render as text, checked on the sources themselves. */
    @Test
    void theSourcesUseNoInlineCodeAndNoHtmlStrings() throws Exception {
        List<Path> files = webFiles();
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            String text = Files.readString(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                assertThat(text).as(name).doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                        .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=").doesNotContain("<style");
            }
            if (name.endsWith(".js")) {
                assertThat(text).as(name).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                        "eval(", "new Function", "setAttribute('style'", "javascript:");
            }
        }
    }

    /** The UI's files where the test finds them: the web module's classes directory or its jar. */
    private static List<Path> webFiles() throws URISyntaxException, IOException {
        URL index = WebRoutesIT.class.getClassLoader().getResource(WebRoutes.ROOT + "/index.html");
        assertThat(index).as("the web module on the classpath").isNotNull();
        Path root;
        if (index.getProtocol().equals("jar")) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(index.toURI(), Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(index.toURI());
            }
            root = jar.getPath("/" + WebRoutes.ROOT);
        } else {
            root = Path.of(index.toURI()).getParent();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String resolve(String from, String spec) {
        if (spec.startsWith("/")) {
            return spec;
        }
        return java.net.URI.create("http://x" + from).resolve(spec).getPath();
    }
}
