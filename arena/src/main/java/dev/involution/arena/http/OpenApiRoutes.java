package dev.involution.arena.http;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.server.Route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathPrefix;

/**
 * {@code GET /api/openapi.yaml}: the OpenAPI 3 description of every route, the classpath resource
 * {@value #RESOURCE}, as {@code application/yaml}. A test keeps it true to the routes.
 */
public final class OpenApiRoutes {

    static final String RESOURCE = "openapi.yaml";
    static final ContentType YAML =
            MediaTypes.applicationWithFixedCharset("yaml", HttpCharsets.UTF_8, "yaml").toContentType();

    private final byte[] document;

    public OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the API description " + RESOURCE + " is not on the classpath");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Route route() {
        return pathPrefix("api", () -> path("openapi.yaml", () -> get(() ->
                complete(HttpResponse.create().withEntity(HttpEntities.create(YAML, document))))));
    }
}
