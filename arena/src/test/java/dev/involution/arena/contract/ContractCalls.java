package dev.involution.arena.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.ApiContract;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls to a running arena whose every answer is held against the contract, with the status the test expects. */
final class ContractCalls {
    final RunningArena arena;
    final MatchClient api;
    final ApiContract contract;
    final String admin;

    ContractCalls(RunningArena arena, ApiContract contract) {
        this.arena = arena;
        this.api = MatchClient.of(arena);
        this.contract = contract;
        this.admin = arena.savedAdminToken();
    }

    /** Calls, validates the answer against the document and expects {@code status}; returns the body as JSON (null if none). */
    JsonNode call(int status, String method, String path, String token, String json, String... headers) {
        HttpResponse<String> response = contract.check(method, path, api.call(method, path, token, json, headers));
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(status);
        return response.body().isEmpty() || !response.headers().firstValue("Content-Type").orElse("").contains("json")
                ? null : RunningArena.json(response);
    }

    /** As {@link #call}, for a request built by hand (a body of another type, say). */
    HttpResponse<String> send(int status, String method, String path, HttpRequest.Builder request) {
        HttpResponse<String> response = contract.check(method, path, api.send(request));
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(status);
        return response;
    }

    HttpRequest.Builder raw(String method, String path, String contentType, byte[] body) {
        return arena.request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads {@code count} messages of a WebSocket route and validates each as its documented 101 answer. */
    void stream(String path, String token, int count) throws InterruptedException {
        StreamClient stream = StreamClient.open(arena, path, null, token);
        try {
            for (int i = 0; i < count; i++) {
                JsonNode message = stream.poll(15);
                assertThat(message).as("message %d of %s", i + 1, path).isNotNull();
                contract.checkMessage(path, message.toString());
            }
        } finally {
            stream.socket().abort();
        }
    }
}
