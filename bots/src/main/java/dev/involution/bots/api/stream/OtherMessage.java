package dev.involution.bots.api.stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stream message without a sequence number whose type this client does not know (a newer server
 * may send some). It is delivered as it came; ignoring it is always safe.
 */
public record OtherMessage(String type, JsonNode json) implements StreamMessage {
}
