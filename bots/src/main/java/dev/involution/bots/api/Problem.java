package dev.involution.bots.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An error answer of the arena (RFC 9457 problem details, {@code application/problem+json}):
 * {@code type} (a URN {@code urn:involution-arena:problem:<slug>} or {@code about:blank}),
 * {@code title}, HTTP {@code status} and {@code detail}, and where they apply {@code rule} (which
 * rule the request broke, e.g. {@code range} or {@code INSUFFICIENT_CASH}), {@code field} (the
 * request field at fault) and {@code until} (an instant, e.g. when a rate limit lifts). Any other
 * member is kept in {@code extensions}.
 */
public record Problem(String type,
                      String title,
                      int status,
                      String detail,
                      String rule,
                      String field,
                      String until,
                      Map<String, JsonNode> extensions) {

    public static final String TYPE_PREFIX = "urn:involution-arena:problem:";
    private static final Set<String> STANDARD = Set.of("type", "title", "status", "detail", "rule", "field", "until");

    public Problem {
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /**
     * The problem an HTTP answer with {@code httpStatus} and {@code body} describes. A body that is
     * not a problem document (say, an HTML page from a proxy) still gives a problem: its type is
     * {@code about:blank} and its detail the start of the body.
     */
    public static Problem from(int httpStatus, String body) {
        JsonNode node = null;
        if (body != null && !body.isBlank()) {
            try {
                node = ApiJson.tree(body);
            } catch (RuntimeException notJson) {
                node = null;
            }
        }
        if (node == null || !node.isObject()) {
            String detail = body == null || body.isBlank() ? "no details given" : ApiJson.abbreviate(body.strip());
            return new Problem("about:blank", reason(httpStatus), httpStatus, detail, null, null, null, Map.of());
        }
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!STANDARD.contains(member.getKey())) {
                extensions.put(member.getKey(), member.getValue());
            }
        }
        int status = node.path("status").canConvertToInt() && node.path("status").isIntegralNumber()
                ? node.path("status").intValue() : httpStatus;
        return new Problem(text(node, "type", "about:blank"), text(node, "title", reason(httpStatus)), status,
                text(node, "detail", null), text(node, "rule", null), text(node, "field", null),
                text(node, "until", null), extensions);
    }

    /** The part of an arena problem type after {@code urn:involution-arena:problem:}, else the type itself. */
    public String slug() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    private static String text(JsonNode node, String name, String fallback) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? fallback : value.isTextual() ? value.textValue() : value.toString();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
