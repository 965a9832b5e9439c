package dev.involution.arena.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.OpenApiDocument;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/openapi.yaml} is true to the server: it documents exactly the routes the
 * server has, each documented operation is served, no undocumented method is, every literal path
 * segment in the route code is documented, and the operations that need a token say so.
 *
 * <p>"Not served" means the answer the server gives a path it has no route for (the rejection
 * handler's 404, recognised by its problem {@code detail}) or 405: a 404 for an unknown match,
 * tournament or order comes from a route and counts as served.
 */
class OpenApiIT {

    /** The server's routes, as the route classes define them. Keep in step with the code. */
    private static final Set<String> ROUTES = Set.of(
            "GET /health",
            "GET /ready",
            "GET /metrics",
            "GET /api/openapi.yaml",
            "GET /api/noop",
            "POST /api/noop",
            "GET /api/noop/stream",
            "POST /api/players",
            "GET /api/players/me",
            "GET /api/players/me/matches",
            "GET /api/players/me/matches/stream",
            "GET /api/players/{playerId}",
            "GET /api/matches",
            "POST /api/matches",
            "GET /api/matches/{matchId}",
            "POST /api/matches/{matchId}/start",
            "POST /api/matches/{matchId}/pause",
            "POST /api/matches/{matchId}/resume",
            "POST /api/matches/{matchId}/stop",
            "POST /api/matches/{matchId}/archive",
            "POST /api/matches/{matchId}/unarchive",
            "POST /api/practice",
            "POST /api/matches/{matchId}/policy",
            "POST /api/matches/{matchId}/messages",
            "GET /api/matches/{matchId}/connections",
            "GET /api/matches/{matchId}/join-code",
            "POST /api/matches/{matchId}/seats",
            "POST /api/matches/{matchId}/orders",
            "DELETE /api/matches/{matchId}/orders/{orderId}",
            "PUT /api/matches/{matchId}/decisions",
            "GET /api/matches/{matchId}/me",
            "GET /api/matches/{matchId}/me/refusals",
            "POST /api/matches/{matchId}/ready",
            "GET /api/matches/{matchId}/book",
            "GET /api/matches/{matchId}/events",
            "GET /api/matches/{matchId}/stream",
            "GET /api/matches/{matchId}/export/rounds.csv",
            "GET /api/matches/{matchId}/export/trades.csv",
            "GET /api/matches/{matchId}/export/interventions.csv",
            "GET /api/tournaments",
            "POST /api/tournaments",
            "GET /api/tournaments/{tournamentId}",
            "POST /api/tournaments/{tournamentId}/start",
            "POST /api/tournaments/{tournamentId}/pause",
            "POST /api/tournaments/{tournamentId}/resume",
            "POST /api/tournaments/{tournamentId}/stop",
            "POST /api/tournaments/{tournamentId}/entrants",
            "DELETE /api/tournaments/{tournamentId}/entrants/me",
            "GET /api/tournaments/{tournamentId}/leaderboard",
            "GET /api/tournaments/{tournamentId}/results.csv",
            "GET /api/tournaments/{tournamentId}/stream",
            "GET /api/tournaments/{tournamentId}/join-code",
            "GET /api/join/{code}",
            "GET /api/leaderboard",
            "GET /api/ladder",
            "POST /api/ladder/entrants",
            "GET /api/ladder/entrants/me",
            "DELETE /api/ladder/entrants/me",
            "GET /api/ladder/players/{entrantId}",
            "GET /api/ladder/matches");

    /**
     * The browser arena's static files ({@link WebRoutes}): pages, stylesheets, scripts and WebJars,
     * served by GET outside {@code /api}. They are not API and not in the document; every other
     * route is. The path segments of the route code in {@value #STATIC_ROUTE_SOURCE} must be these.
     */
    private static final Set<String> STATIC_SEGMENTS = Set.of("index.html", "favicon.svg", "css", "js", "webjars");
    private static final String STATIC_ROUTE_SOURCE = "WebRoutes.java";
    /** Static pages that are always there, with their content type. */
    private static final List<String> STATIC_PAGES = List.of("/", "/index.html", "/favicon.svg");

    private static final List<String> PROBED_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    /**
     * A literal segment in a route: the directive {@code path("x")} or {@code pathPrefix("x")}, called
     * unqualified or as {@code Directives.}; not Jackson's {@code node.path("x")}.
     */
    private static final Pattern ROUTE_SEGMENT =
            Pattern.compile("(?:(?<![.\\w])|\\bDirectives\\.)(?:path|pathPrefix)\\(\\s*\"([^\"]+)\"");
    /** A segment a {@code *Routes.java} dispatches on by name, {@code case "x" ->} (segments are lower case). */
    private static final Pattern ROUTE_CASE = Pattern.compile("\\bcase\\s+\"([a-z][\\w.-]*)\"\\s*->");

    private static RunningArena arena;
    private static MatchClient api;
    private static OpenApiDocument document;
    private static JsonNode noRoute;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(settings -> settings.with("arena.demo.enabled", false), ArenaModules.standard());
        api = MatchClient.of(arena);
        document = OpenApiDocument.parse(expect(200, api.call("GET", "/api/openapi.yaml", null, null)).body());
        noRoute = json(api.call("GET", "/api/no/such/route", null, null));
    }

    @AfterAll
    static void stop() {
        if (arena != null) {
            arena.close();
        }
    }

    static Stream<String> documentedOperations() {
        return OpenApiDocument.fromClasspath().operations().stream();
    }

    static Stream<String> documentedPaths() {
        return OpenApiDocument.fromClasspath().root().get("paths").properties().stream().map(p -> p.getKey());
    }

    /** A path with made-up values for its parameters: a match, tournament, order and join code that do not exist, any player id. */
    private static String concrete(String path) {
        return path.replace("{matchId}", "nosuchmatch")
                .replace("{tournamentId}", "nosuchtournament")
                .replace("{orderId}", "1")
                .replace("{code}", "ABCDEF")
                .replace("{entrantId}", "nosuchentrant")
                .replace("{playerId}", "00000000-0000-4000-8000-000000000000");
    }

    /** Whether the server has a route for this answer: not 405, and not the 404 of a path it does not know. */
    private static boolean served(HttpResponse<String> response) {
        if (response.statusCode() == 405) {
            return false;
        }
        if (response.statusCode() != 404) {
            return true;
        }
        JsonNode problem = json(response);
        return !(problem.path("type").equals(noRoute.path("type")) && problem.path("detail").equals(noRoute.path("detail")));
    }

    @Test
    void theDocumentIsServedAsYaml() throws IOException {
        HttpResponse<String> response = api.call("GET", "/api/openapi.yaml", null, null);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        assertThat(document.root().get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document).isEqualTo(OpenApiDocument.fromClasspath());
        assertThat(noRoute.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void itDocumentsExactlyTheServersRoutes() {
        assertThat(document.operations()).containsExactlyInAnyOrderElementsOf(ROUTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedOperations")
    void everyDocumentedOperationIsServed(String operation) {
        String[] parts = operation.split(" ", 2);

        HttpResponse<String> response = api.call(parts[0], concrete(parts[1]), null, null);

        assertThat(served(response)).as("%s answered %s %s", operation, response.statusCode(), response.body())
                .isTrue();
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(operation)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        boolean needsToken = !document.operation(operation).path("security").isEmpty();
        assertThat(response.statusCode() == 401).as("%s without a token answered %s; documented security: %s",
                operation, response.statusCode(), needsToken).isEqualTo(needsToken);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedPaths")
    void noUndocumentedMethodIsServed(String path) {
        for (String method : PROBED_METHODS) {
            if (document.operations().contains(method + " " + path)) {
                continue;
            }
            HttpResponse<String> response = api.call(method, concrete(path), null, null);

            assertThat(served(response)).as("%s %s is served (%s) but not documented", method, path,
                    response.statusCode()).isFalse();
        }
    }

    @Test
    void everyPathSegmentOfTheRouteCodeIsDocumented() throws IOException {
        Set<String> documentedSegments = new TreeSet<>();
        document.root().get("paths").fieldNames().forEachRemaining(path ->
                documentedSegments.addAll(List.of(path.split("/"))));
        Set<String> routeSegments = new TreeSet<>();
        Set<String> staticSegments = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean isStatic = source.getFileName().toString().equals(STATIC_ROUTE_SOURCE);
                String code = Files.readString(source);
                Matcher segment = ROUTE_SEGMENT.matcher(code);
                while (segment.find()) {
                    (isStatic ? staticSegments : routeSegments).add(segment.group(1));
                }
                if (source.getFileName().toString().endsWith("Routes.java")) {
                    Matcher dispatched = ROUTE_CASE.matcher(code);
                    while (dispatched.find()) {
                        routeSegments.add(dispatched.group(1));
                    }
                }
            }
        }

        assertThat(routeSegments).as("path segments in the route code").isNotEmpty()
                .contains("matches", "orders", "openapi.yaml");
        assertThat(documentedSegments).as("segments of documented paths").containsAll(routeSegments);
        assertThat(staticSegments).as("path segments of the static routes in " + STATIC_ROUTE_SOURCE)
                .isEqualTo(STATIC_SEGMENTS);
        assertThat(documentedSegments).as("static files are not API").doesNotContainAnyElementsOf(STATIC_SEGMENTS);
    }

    @Test
    void theStaticPagesAreServedButNotDocumented() {
        for (String page : STATIC_PAGES) {
            HttpResponse<String> response = api.call("GET", page, null, null);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(document.root().get("paths").has(page)).as(page).isFalse();
        }
    }

    @Test
    void nothingUndocumentedIsServedUnderApi() {
        for (String segment : STATIC_SEGMENTS) {
            for (String method : PROBED_METHODS) {
                HttpResponse<String> response = api.call(method, "/api/" + segment, null, null);

                assertThat(served(response)).as("%s /api/%s", method, segment).isFalse();
            }
        }
        for (String method : PROBED_METHODS) {
            assertThat(served(api.call(method, "/api/", null, null))).as("%s /api/", method).isFalse();
            assertThat(served(api.call(method, "/api/matches/nosuchmatch/export", null, null)))
                    .as("%s /api/matches/{matchId}/export", method).isFalse();
        }
    }

    @Test
    void everyErrorIsDocumentedAsProblemJson() {
        for (String operation : document.operations()) {
            document.operation(operation).get("responses").properties().forEach(status -> {
                if (status.getKey().startsWith("4") || status.getKey().startsWith("5")) {
                    JsonNode response = document.resolve(status.getValue());
                    assertThat(response.path("content").has("application/problem+json"))
                            .as("%s %s", operation, status.getKey()).isTrue();
                }
            });
        }
    }
}
