package dev.involution.arena.http;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.Route;
import akka.http.javadsl.server.Directives;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.List;

/** Renders {@link Problem}s as {@code application/problem+json} responses. */
public final class ProblemResponses {

    public static final ContentType PROBLEM_JSON =
            MediaTypes.applicationWithFixedCharset("problem+json", HttpCharsets.UTF_8).toContentType();

    private ProblemResponses() {
    }

    public static HttpResponse response(Problem problem) {
        return response(problem, List.of());
    }

    public static HttpResponse response(Problem problem, Iterable<HttpHeader> headers) {
        return HttpResponse.create()
                .withStatus(StatusCodes.get(problem.status()))
                .addHeaders(headers)
                .withEntity(HttpEntities.create(PROBLEM_JSON, json(problem)));
    }

    /** A route that answers with the problem. */
    public static Route complete(Problem problem) {
        return Directives.complete(response(problem));
    }

    /** A route that answers with the problem and extra headers (e.g. Retry-After). */
    public static Route complete(Problem problem, Iterable<HttpHeader> headers) {
        return Directives.complete(response(problem, headers));
    }

    public static byte[] json(Problem problem) {
        try {
            return Json.mapper().writeValueAsBytes(problem.members());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render problem " + problem, e);
        }
    }
}
