package dev.involution.arena.http;

import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.getFromResource;
import static akka.http.javadsl.server.Directives.getFromResourceDirectory;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static akka.http.javadsl.server.Directives.pathSingleSlash;
import static akka.http.javadsl.server.Directives.respondWithHeaders;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.Route;
import java.util.List;
import java.util.function.Supplier;

/**
 * The browser arena: {@code /} (the single page, {@code index.html}), its stylesheets and ES
 * modules under {@code /css/} and {@code /js/} from the classpath directory {@value #ROOT} (the
 * {@code web} module's jar), and WebJars under {@code /webjars/} (uPlot). Every answer carries a
 * strict Content-Security-Policy (no inline scripts or styles, scripts and connections to this
 * origin only) and {@code nosniff}. The UI's own files are revalidated on every use
 * ({@code no-cache}, answered 304 when unchanged), so an upgraded arena is picked up at once;
 * WebJar paths carry their version and are cached for a year.
 */
public final class WebRoutes {
    /** Classpath directory of the UI's files. */
    public static final String ROOT = "web";
    static final String WEBJARS = "META-INF/resources/webjars";

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self' ws: wss:",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final List<HttpHeader> SECURITY = List.of(
            RawHeader.create("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            RawHeader.create("X-Content-Type-Options", "nosniff"),
            RawHeader.create("Referrer-Policy", "no-referrer"),
            RawHeader.create("X-Frame-Options", "DENY"));
    private static final HttpHeader REVALIDATE = RawHeader.create("Cache-Control", "no-cache");
    private static final HttpHeader IMMUTABLE = RawHeader.create("Cache-Control", "public, max-age=31536000, immutable");

    public Route route() {
        return get(() -> respondWithHeaders(SECURITY, () -> concat(
                pathSingleSlash(() -> own(() -> getFromResource(ROOT + "/index.html"))),
                path("index.html", () -> own(() -> getFromResource(ROOT + "/index.html"))),
                path("favicon.svg", () -> own(() -> getFromResource(ROOT + "/favicon.svg"))),
                pathPrefix("css", () -> own(() -> getFromResourceDirectory(ROOT + "/css"))),
                pathPrefix("js", () -> own(() -> getFromResourceDirectory(ROOT + "/js"))),
                pathPrefix("webjars", () -> respondWithHeaders(List.of(IMMUTABLE),
                        () -> getFromResourceDirectory(WEBJARS))))));
    }

    private static Route own(Supplier<Route> inner) {
        return respondWithHeaders(List.of(REVALIDATE), inner);
    }
}
