package dev.involution.arena.http;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.headers.RawHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The same headers by name, for answers not made by Akka HTTP (the stream edge's). */
    public static Map<String, String> everyAnswer() {
        Map<String, String> headers = new LinkedHashMap<>();
        EVERY_ANSWER.forEach(header -> headers.put(header.name(), header.value()));
        return headers;
    }

    /**
     * The response with every security header it does not set itself, added in one step: the
     * prebuilt list when it sets none of them (every answer but the pages).
     */
    public static HttpResponse addTo(HttpResponse response) {
        int present = presentMask(response);
        if (present == 0) {
            return response.addHeaders(EVERY_ANSWER);
        }
        List<HttpHeader> missing = new ArrayList<>(EVERY_ANSWER.size());
        for (int i = 0; i < EVERY_ANSWER.size(); i++) {
            if ((present & (1 << i)) == 0) {
                missing.add(EVERY_ANSWER.get(i));
            }
        }
        return missing.isEmpty() ? response : response.addHeaders(missing);
    }

    /** Bit i set when the response has a header named like {@code EVERY_ANSWER.get(i)}. */
    private static int presentMask(HttpResponse response) {
        int mask = 0;
        for (HttpHeader header : response.getHeaders()) {
            String name = header.lowercaseName();
            for (int i = 0; i < EVERY_ANSWER.size(); i++) {
                if (EVERY_ANSWER.get(i).lowercaseName().equals(name)) {
                    mask |= 1 << i;
                }
            }
        }
        return mask;
    }
}
