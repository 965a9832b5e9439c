package dev.involution.arena.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends a test's requests: the body as text, a broken connection as an unchecked exception. */
final class Http {
    /**
     * A server may answer an oversized body (413) before it has read it all and then close the
     * connection; a client still writing the body can lose that answer. Such a request is sent
     * again, a few times, before the loss counts as a failure.
     */
    private static final int ATTEMPTS_WHEN_THE_ANSWER_IS_LOST = 3;

    private Http() {
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            try {
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                boolean answerLost = String.valueOf(e.getMessage()).contains("received no bytes");
                if (!answerLost || attempt >= ATTEMPTS_WHEN_THE_ANSWER_IS_LOST) {
                    throw new UncheckedIOException(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
