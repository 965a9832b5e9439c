package dev.involution.arena.http;

import akka.http.javadsl.model.HttpEntity;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.server.RejectionHandler;

/**
 * Akka HTTP's rejections (404 unknown path, 405 wrong method with {@code Allow}, 415, 400
 * malformed headers or query, ...) answered as problem+json: the default handler decides the
 * status, headers and message; this one turns the message into a problem's {@code detail}.
 */
public final class ProblemRejectionHandler {

    private ProblemRejectionHandler() {
    }

    public static RejectionHandler create() {
        return RejectionHandler.defaultHandler().mapRejectionResponse(ProblemRejectionHandler::asProblem);
    }

    static HttpResponse asProblem(HttpResponse response) {
        if (response.entity().getContentType().equals(ProblemResponses.PROBLEM_JSON)) {
            return response;
        }
        int status = response.status().intValue();
        String title = response.status().reason();
        String detail = response.entity() instanceof HttpEntity.Strict strict && !strict.isKnownEmpty()
                ? strict.getData().utf8String()
                : title;
        Problem problem = switch (status) {
            case 404 -> Problem.notFound(detail);
            case 405 -> Problem.of(405, "method-not-allowed", title, detail);
            case 415 -> Problem.of(415, "unsupported-media-type", title, detail);
            default -> Problem.ofStatus(status, title, detail);
        };
        return ProblemResponses.response(problem, response.getHeaders());
    }
}
