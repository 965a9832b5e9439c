package dev.involution.bots.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** {@link Transport} over the JDK's {@link HttpClient}. */
final class JdkTransport implements Transport {
    private final HttpClient http;
    private final URI base;
    private final Duration requestTimeout;

    JdkTransport(HttpClient http, URI base, Duration requestTimeout) {
        this.http = http;
        this.base = base;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Response send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(requestTimeout)
                .header("Accept", "application/json, application/problem+json");
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
            builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers().map(), response.body());
    }
}
