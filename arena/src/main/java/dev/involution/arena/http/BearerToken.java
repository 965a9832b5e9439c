package dev.involution.arena.http;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.headers.Authorization;
import akka.http.javadsl.server.Route;

import java.util.Optional;
import java.util.function.Function;

import static akka.http.javadsl.server.Directives.extractRequest;

/** Extracts the token of an {@code Authorization: Bearer <token>} header. */
public final class BearerToken {

    private BearerToken() {
    }

    /** The bearer token, empty when there is no (well-formed) bearer authorization. */
    public static Route optional(Function<Optional<String>, Route> inner) {
        return extractRequest(request -> inner.apply(of(request)));
    }

    /** The request's bearer token, empty when there is no (well-formed) bearer authorization. */
    public static Optional<String> of(HttpRequest request) {
        return request.getHeader(Authorization.class)
                .map(Authorization::credentials)
                .filter(credentials -> credentials.scheme().equalsIgnoreCase("bearer"))
                .map(credentials -> credentials.token())
                .filter(token -> !token.isBlank());
    }
}
