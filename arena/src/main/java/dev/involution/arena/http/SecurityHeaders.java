package dev.involution.arena.http;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.headers.RawHeader;

import java.util.List;
import java.util.Locale;

/**
 * The headers every answer carries, JSON, problem+json, CSV, YAML, {@code /metrics} and WebSocket
 * handshakes alike: no content sniffing, no framing, no referrer, and a Content-Security-Policy that
 * allows nothing. An answer that sets one of them itself (the browser pages' policy) keeps its own.
 */
public final class SecurityHeaders {

    /** The policy of answers that are not pages: load nothing, be framed nowhere. */
    public static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final List<HttpHeader> EVERY_ANSWER = List.of(
            RawHeader.create("X-Content-Type-Options", "nosniff"),
            RawHeader.create("Content-Security-Policy", API_CONTENT_SECURITY_POLICY),
            RawHeader.create("Referrer-Policy", "no-referrer"),
            RawHeader.create("X-Frame-Options", "DENY"));

    private SecurityHeaders() {
    }

    /** The response with every security header it does not set itself. */
    public static HttpResponse addTo(HttpResponse response) {
        HttpResponse result = response;
        for (HttpHeader header : EVERY_ANSWER) {
            if (!has(response, header.lowercaseName())) {
                result = result.addHeader(header);
            }
        }
        return result;
    }

    private static boolean has(HttpResponse response, String lowercaseName) {
        for (HttpHeader header : response.getHeaders()) {
            if (header.lowercaseName().equals(lowercaseName.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
